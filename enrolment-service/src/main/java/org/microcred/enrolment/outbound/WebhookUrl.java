package org.microcred.enrolment.outbound;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.microcred.support.problem.ProblemException;

/**
 * An endpoint's URL taken apart: {@code https} (or {@code http} where allowed), a host, no user info or fragment, at
 * most {@value #MAX_LENGTH} characters. The host's addresses are judged separately ({@link AddressRules}), at
 * subscription and again before each send.
 */
public record WebhookUrl(String url, boolean https, String host, int port, String pathAndQuery) {

    public static final int MAX_LENGTH = 2048;

    /** Parses {@code url}; 400 {@code validation} (field {@code url}) when malformed, 422 when not https. */
    public static WebhookUrl parse(String url, boolean allowHttp) {
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
            throw unsafe("The URL must use https");
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
        return new WebhookUrl(url, https, host, port, path + query);
    }

    public static ProblemException unsafe(String detail) {
        return new ProblemException(422, "unsafe-webhook-url", "Unsafe webhook URL", detail);
    }
}
