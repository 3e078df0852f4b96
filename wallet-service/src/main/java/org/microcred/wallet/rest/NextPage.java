package org.microcred.wallet.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;
import org.microcred.wallet.PageCursor;

/**
 * A page of a list as the API answers it: the body stays a JSON array (what clients read), and the next page's
 * address goes in a {@code Link: <...>; rel="next"} header (RFC 8288) when there may be one. The address is the
 * request's own path and query with {@code cursor} and {@code limit} replaced, so filters carry over; it is
 * path-absolute, so it resolves against whatever host the client reached (behind a proxy too).
 */
final class NextPage {

    private NextPage() {
    }

    static <T, V> RestResponse<List<V>> answer(PageCursor.Page<T> page, Function<T, V> view, UriInfo uri, int limit) {
        RestResponse.ResponseBuilder<List<V>> ok = RestResponse.ResponseBuilder.ok(
                page.items().stream().map(view).toList());
        if (page.next() != null) {
            ok.header("Link", "<" + next(uri, page.next(), limit) + ">; rel=\"next\"");
        }
        return ok.build();
    }

    private static String next(UriInfo uri, PageCursor cursor, int limit) {
        var address = uri.getRequestUriBuilder()
                .replaceQueryParam("cursor", cursor.encode())
                .replaceQueryParam("limit", limit)
                .build();
        return address.getRawPath() + "?" + address.getRawQuery();
    }
}
