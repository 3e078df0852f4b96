package org.microcred.support.outbound;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Function;
import org.microcred.support.problem.ProblemException;

/**
 * A URL this deployment calls out to (a webhook endpoint, an LMS's key set, an outside issuer's document), taken apart:
 * {@code https} (or {@code http} where allowed), a host, no user info or fragment, at most {@value #MAX_LENGTH}
 * characters. The host's addresses are judged separately ({@link AddressRules}), each time before it is called.
 */
public record OutboundUrl(String url, boolean https, String host, int port, String pathAndQuery) {

    public static final int MAX_LENGTH = 2048;

    /**
     * Parses {@code url}; 400 {@code validation} (field {@code url}) when malformed, the problem {@code unsafe} makes of
     * the reason when the scheme is not allowed.
     */
    public static OutboundUrl parse(String url, boolean allowHttp, Function<String, ProblemException> unsafe) {
        if (url == null || url.isBlank()) {
            throw ProblemException.invalid("url", "required");
        }
        if (url.length() > MAX_LENGTH) {
            throw ProblemException.invalid("url", "at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "not a URL");
        }
        if (uri.getScheme() == null) {
            throw ProblemException.invalid("url", "an absolute https URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            throw unsafe.apply("The URL must use https");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ProblemException.invalid("url", "an absolute URL with a host, and no user info or fragment");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new OutboundUrl(url, https, host, port, path + query);
    }
}
