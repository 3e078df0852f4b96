package org.microcred.credentials.dataintegrity;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.microcred.credentials.CredentialException;

/**
 * Credential JSON text in and out, with the limits every entry point applies: at most {@link #MAX_BYTES} of UTF-8,
 * at most {@link #MAX_DEPTH} levels of nesting, no duplicate keys (two parsers that keep a different one of two
 * duplicates would see different credentials under the same signature), a JSON object at the top.
 * Strings are kept as they are: non-ASCII text is written unescaped and survives byte for byte.
 */
public final class CredentialJson {

    /** 1 MiB: an Open Badges credential with evidence is a few kilobytes. */
    public static final int MAX_BYTES = 1 << 20;
    public static final int MAX_DEPTH = 64;

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of(
            "org.eclipse.parsson.maxDepth", MAX_DEPTH,
            "org.eclipse.parsson.rejectDuplicateKeys", true));
    private static final JsonWriterFactory WRITERS = PROVIDER.createWriterFactory(Map.of());

    private CredentialJson() {
    }

    /**
     * Parses a credential.
     *
     * @throws CredentialException {@code too-large} over 1 MiB, {@code malformed-json} for anything that is not a
     *         well-formed JSON object within the limits
     */
    public static JsonObject parse(String json) {
        if (json == null) {
            throw new CredentialException("malformed-json", "The credential is empty");
        }
        requireSize(json);
        JsonStructure structure;
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            structure = reader.read();
        } catch (RuntimeException e) {
            // JsonParsingException, and the plain RuntimeException Parsson throws past its nesting limit
            throw new CredentialException("malformed-json", "The credential is not well-formed JSON: "
                    + e.getMessage(), e);
        }
        if (structure.getValueType() != JsonStructure.ValueType.OBJECT) {
            throw new CredentialException("malformed-json", "The credential must be a JSON object, not "
                    + structure.getValueType().name().toLowerCase());
        }
        return structure.asJsonObject();
    }

    /** Compact JSON text. */
    public static String write(JsonObject object) {
        StringWriter out = new StringWriter(4096);
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    /** @throws CredentialException {@code too-large} when the UTF-8 form is over {@link #MAX_BYTES} */
    public static void requireSize(String json) {
        // Each char is 1 to 3 UTF-8 bytes (a surrogate pair is 4 for 2 chars): count only when it can matter.
        if (json.length() > MAX_BYTES || (json.length() * 3L > MAX_BYTES && utf8Length(json) > MAX_BYTES)) {
            throw new CredentialException("too-large", "The credential is larger than " + MAX_BYTES + " bytes");
        }
    }

    private static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 2; // with its low surrogate: 4
            } else {
                bytes += Character.isLowSurrogate(c) ? 2 : 3;
            }
        }
        return bytes;
    }
}
