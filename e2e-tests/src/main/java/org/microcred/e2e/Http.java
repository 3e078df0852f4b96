package org.microcred.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** A small JSON-over-HTTP client with bearer tokens: what a mobile app or an LMS does. */
public final class Http {

    /** One answer: its status and its body as JSON (missing when the body is not JSON). */
    public record Reply(int status, String text, JsonNode json) {
        public Reply expect(int... allowed) {
            for (int s : allowed) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException("Unexpected HTTP " + status + ": " + text);
        }

        public String at(String pointer) {
            return json.at(pointer).asText();
        }
    }

    /** Random per run, so no file content can contain it by chance. */
    private static final String BOUNDARY = "microcred-" + UUID.randomUUID();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public Reply get(String url, String token) {
        return send(request(url, token).GET());
    }

    public Reply delete(String url, String token) {
        return send(request(url, token).DELETE());
    }

    public Reply post(String url, String token, Object body) {
        return send(request(url, token).header("Content-Type", "application/json").POST(json(body)));
    }

    /** Posts JSON text as it is, byte for byte (a signed credential must not be re-serialised). */
    public Reply postJson(String url, String token, String json) {
        return send(request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /**
     * Any request with extra headers and a raw body (null for none), for what the JSON helpers do not
     * cover: signed webhooks, another Accept type, a body in another media type.
     */
    public Reply send(String method, String url, String token, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder builder = request(url, token);
        headers.forEach(builder::header);
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The body as bytes (images); fails unless the answer is 200. */
    public byte[] bytes(String url, String token) {
        try {
            HttpResponse<byte[]> response = client.send(request(url, token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Unexpected HTTP " + response.statusCode() + " from " + url);
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String url, String token, Object body) {
        return send(request(url, token).header("Content-Type", "application/json").PUT(json(body)));
    }

    public Reply patch(String url, String token, Object body) {
        return send(request(url, token).header("Content-Type", "application/json").method("PATCH", json(body)));
    }

    public Reply postForm(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A multipart/form-data upload of one file with extra text fields. */
    public Reply upload(String url, String token, String fileName, String mediaType, byte[] content,
            String... fieldsAndValues) {
        return send(request(url, token).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(fileName, mediaType, content, fieldsAndValues))));
    }

    /** The multipart body of {@link #upload}, its parts separated by {@link #BOUNDARY}. */
    private static byte[] multipart(String fileName, String mediaType, byte[] content, String... fieldsAndValues) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fieldsAndValues[i]
                    + "\"\r\n\r\n" + fieldsAndValues[i + 1] + "\r\n");
        }
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    private static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : MAPPER.readTree(body);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
