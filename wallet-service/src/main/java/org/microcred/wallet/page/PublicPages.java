package org.microcred.wallet.page;

import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What every public page answers with: its media type, and a Content-Security-Policy that lets it fetch nothing else.
 */
public final class PublicPages {

    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private PublicPages() {
    }

    /**
     * No script at all (the JSON-LD block is data, which browsers do not run), styles and images from this service
     * only, plus the origin of the achievement's own image when it is served elsewhere in this deployment
     * ({@link BadgeImageSource}); forms post only here; no framing.
     */
    public static String csp(String imageUrl) {
        return cspWithImages(imageUrl == null ? List.of() : List.of(imageUrl));
    }

    /** The same, for a page of several badges (a portfolio), whose images may come from more than one origin. */
    public static String cspWithImages(List<String> imageUrls) {
        Set<String> origins = new LinkedHashSet<>();
        origins.add("'self'");
        for (String url : imageUrls) {
            URI uri = URI.create(url);
            origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
        }
        return "default-src 'none'; style-src 'self'; img-src " + String.join(" ", origins)
                + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    /**
     * Whether the client ranks an HTML page above JSON (a browser). The media types come sorted by preference; a
     * wildcard or a JSON type first keeps the API's answer, JSON.
     */
    public static boolean wantsHtml(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)
                    || type.isCompatible(MediaType.APPLICATION_XHTML_XML_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json")) {
                return false;
            }
        }
        return false;
    }
}
