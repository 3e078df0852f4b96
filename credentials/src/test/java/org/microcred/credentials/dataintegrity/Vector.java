package org.microcred.credentials.dataintegrity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

/** The conformance vector made with Digital Bazaar's stack (src/test/resources/vectors). */
final class Vector {

    static final Instant CREATED = Instant.parse("2025-01-15T10:00:00Z");

    private Vector() {
    }

    static String text(String name) {
        try (InputStream in = Vector.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing vector file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject json(String name) {
        return Json.createReader(new StringReader(text(name))).readObject();
    }

    static byte[] seed() {
        return HexFormat.of().parseHex(json("key.json").getString("seedHex"));
    }

    static String verificationMethod() {
        return json("key.json").getString("verificationMethod");
    }

    static String unsigned() {
        return text("unsigned.json");
    }

    static String signed() {
        return text("signed.json");
    }

    /** {@code text} with the one occurrence of {@code from} replaced (fails the test if it is not there once). */
    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new AssertionError("expected exactly one occurrence of " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
