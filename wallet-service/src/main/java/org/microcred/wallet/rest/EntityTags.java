package org.microcred.wallet.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Strong entity tags (RFC 9110 section 8.8.3) for the earner's documents and conditional GETs on them. A tag is the
 * SHA-256 of everything the answer says: the media type, the body and the headers that describe it (the credential's
 * status), so it changes whenever any of them does, and the JSON and VC-JWT forms of one credential never share one.
 */
public final class EntityTags {

    /**
     * The earner's own documents: {@code private} keeps them out of shared caches (they hold the earner's
     * credential); {@code no-cache} lets the client keep a copy but makes it ask every time, with the tag, so a status
     * change is seen at once and an unchanged document costs a 304 without a body. ({@code no-store} would forbid the
     * copy that makes the tag useful.)
     */
    public static final String PRIVATE_REVALIDATE = "private, no-cache";

    private static final byte SEPARATOR = 0;

    private EntityTags() {
    }

    /** The quoted tag of a body and what describes it (each part separated, so parts cannot run into each other). */
    public static String of(byte[] body, String... describing) {
        MessageDigest sha256 = sha256();
        for (String part : describing) {
            sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha256.update(SEPARATOR);
        }
        sha256.update(body);
        return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest()) + '"';
    }

    public static String of(String body, String... describing) {
        return of(body.getBytes(StandardCharsets.UTF_8), describing);
    }

    /**
     * Whether an {@code If-None-Match} value names this tag: {@code *}, or a comma-separated list of tags compared
     * weakly as RFC 9110 section 13.1.2 asks ({@code W/"x"} matches {@code "x"}). Absent or blank: no.
     */
    public static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 304 when the request's {@code If-None-Match} names the tag (with the tag and the headers a 200 would carry
     * that govern caching), else null: the caller answers in full.
     */
    public static Response notModified(HttpHeaders request, String etag, String cacheControl, String vary) {
        if (!noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return null;
        }
        Response.ResponseBuilder notModified = Response.notModified().header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        return (vary == null ? notModified : notModified.header(HttpHeaders.VARY, vary)).build();
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
