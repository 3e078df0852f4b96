package org.microcred.e2e;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The requests of the authorization matrix, made as any caller. URLs and bodies are suppliers: some
 * ids exist only once an earlier row has run.
 */
final class Calls {

    private final JourneyClient client;

    Calls(JourneyClient client) {
        this.client = client;
    }

    String token(String user) {
        return user == null ? null : client.token(user);
    }

    AccessMatrix.Call get(Supplier<String> url) {
        return user -> client.http().get(url.get(), token(user));
    }

    AccessMatrix.Call delete(Supplier<String> url) {
        return user -> client.http().delete(url.get(), token(user));
    }

    AccessMatrix.Call post(Supplier<String> url, Supplier<Object> body) {
        return user -> client.http().post(url.get(), token(user), body.get());
    }

    /** For a row whose body depends on the caller. */
    Http.Reply postAs(String user, String url, Object body) {
        return client.http().post(url, token(user), body);
    }

    AccessMatrix.Call put(Supplier<String> url, Supplier<Object> body) {
        return user -> client.http().put(url.get(), token(user), body.get());
    }

    /** A JSON PATCH (a partial update; Http has no verb of its own for it). */
    AccessMatrix.Call patch(Supplier<String> url, Supplier<Object> body) {
        return user -> client.http().patch(url.get(), token(user), body.get());
    }

    /** A body of another media type, sent as it is. */
    AccessMatrix.Call postRaw(Supplier<String> url, String contentType, byte[] body) {
        return user -> client.http().send("POST", url.get(), token(user), Map.of("Content-Type", contentType), body);
    }

    /** A PUT of a body in another media type (an image), sent as it is. */
    AccessMatrix.Call putRaw(Supplier<String> url, String contentType, byte[] body) {
        return user -> client.http().send("PUT", url.get(), token(user), Map.of("Content-Type", contentType), body);
    }

    AccessMatrix.Call upload(Supplier<String> url, String fileName, String mediaType, byte[] content,
            String... fields) {
        return user -> client.http().upload(url.get(), token(user), fileName, mediaType, content, fields);
    }
}
