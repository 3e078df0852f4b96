package org.microcred.wallet.ims.host;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code Link} header of a page of {@code getCredentials} (RFC 8288, as 1EdTech's paging section asks): {@code
 * next}, {@code last}, {@code first} and {@code prev}, each the same request with another {@code offset}, those that
 * exist for this page. Pure, so the arithmetic is tested without a server.
 */
public final class PageLinks {

    private PageLinks() {
    }

    /**
     * @param request the request as the platform made it, on the public base URL (its {@code limit} and {@code
     *                since} are kept, its {@code offset} replaced)
     */
    public static String of(URI request, int limit, int offset, long total) {
        List<String> links = new ArrayList<>();
        long lastOffset = total == 0 ? 0 : (total - 1) / limit * limit;
        if (offset + limit < total) {
            links.add(link(request, limit, offset + limit, "next"));
        }
        links.add(link(request, limit, lastOffset, "last"));
        links.add(link(request, limit, 0, "first"));
        if (offset > 0) {
            links.add(link(request, limit, Math.max(0, Math.min(offset - limit, lastOffset)), "prev"));
        }
        return String.join(", ", links);
    }

    private static String link(URI request, int limit, long offset, String rel) {
        URI target = UriBuilder.fromUri(request).replaceQueryParam("limit", limit)
                .replaceQueryParam("offset", offset).build();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
