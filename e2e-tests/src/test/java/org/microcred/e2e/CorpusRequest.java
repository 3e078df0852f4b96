package org.microcred.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * One generated input: the request as it goes on the wire, what kind of bad input it is, and
 * whether its body is over the configured limit (then only a 413 is right).
 */
record CorpusRequest(CorpusEndpoint endpoint, String kind, String method, String url, String token,
        Map<String, String> headers, byte[] body, boolean overLimit) {

    /** The request for the JDK's client; IllegalArgumentException for a URL or header it will not send. */
    HttpRequest toHttpRequest() {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        headers.forEach(builder::header);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** Whether the client puts it on the wire at all (a service can only be judged on what it receives). */
    boolean sendable() {
        try {
            toHttpRequest();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Enough of the request to send it again by hand: kind, method, URL and the start of the body. */
    String describe() {
        String text = body == null ? "" : new String(body, 0, Math.min(body.length, 240), StandardCharsets.UTF_8);
        return kind + ": " + method + " " + shorten(url) + " " + headers + (body == null ? "" : " body("
                + body.length + " bytes)=" + escape(text));
    }

    private static String shorten(String url) {
        return url.length() <= 200 ? url : url.substring(0, 200) + "...(" + url.length() + " chars)";
    }

    /** Control and non-ASCII characters as \\uXXXX, so a finding prints as one readable line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return out.toString();
    }
}
