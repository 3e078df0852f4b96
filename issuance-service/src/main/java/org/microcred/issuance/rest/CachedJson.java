package org.microcred.issuance.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.microcred.events.EventCodec;

/**
 * Public documents that recognizers and their verifiers fetch again and again: served with
 * {@code Cache-Control: public, max-age=...} and a strong ETag (a hash of the exact bytes), and
 * answered {@code 304 Not Modified} when the client already has them.
 */
public final class CachedJson {

    private CachedJson() {
    }

    public static Response of(Request request, String body, int maxAgeSeconds) {
        EntityTag tag = new EntityTag(digest(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified != null ? notModified : Response.ok(body);
        // The body is the same whatever JSON media type was negotiated, but the Content-Type is not.
        // Written out: JAX-RS's CacheControl has no way to say "public", which shared caches need.
        return response.tag(tag).header("Cache-Control", "public, max-age=" + maxAgeSeconds)
                .header("Vary", "Accept").build();
    }

    public static Response of(Request request, JsonNode document, int maxAgeSeconds) {
        try {
            return of(request, EventCodec.mapper().writeValueAsString(document), maxAgeSeconds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree is always writable", e);
        }
    }

    private static String digest(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
