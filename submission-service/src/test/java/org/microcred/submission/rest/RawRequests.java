package org.microcred.submission.rest;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.microcred.support.testing.Tokens;

/**
 * Requests sent exactly as written, with the JDK's client over HTTP/1.1 (as the e2e corpus sends them): RestAssured
 * would fix what these tests break (it builds its own multipart framing and leaves out an empty header).
 */
final class RawRequests {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private RawRequests() {
    }

    /** {@code method path} as {@code earner}, with the given headers and body, answered within {@code timeout}. */
    static HttpResponse<String> send(String earner, String method, String path, Map<String, String> headers,
            byte[] body, Duration timeout) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(timeout)
                .header("Authorization", "Bearer " + Tokens.user(earner))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
