package org.microcred.wallet.messaging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Cuts a member's value out of a JSON text as it was written: same bytes, whitespace, key order
 * and number forms. Parsing and writing the value again would normalise all of those, and a
 * signature over the original text would no longer match.
 */
public final class RawJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private RawJson() {
    }

    /**
     * The text of the value at {@code path} (member names from the root object), or null when the
     * text is not JSON or has no such member. The first occurrence of a repeated name is taken.
     */
    public static String member(String json, String... path) {
        // A parser over a String counts offsets in chars, so they index the String directly.
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            return find(parser, json, path, 0);
        } catch (IOException e) {
            return null;
        }
    }

    private static String find(JsonParser parser, String json, String[] path, int depth) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!name.equals(path[depth])) {
                parser.skipChildren();
                continue;
            }
            if (depth == path.length - 1) {
                long start = parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                parser.finishToken();   // a string value is read lazily: read it, or its end is unknown
                long end = parser.currentLocation().getCharOffset();
                return json.substring((int) start, (int) end);
            }
            return value == JsonToken.START_OBJECT ? find(parser, json, path, depth + 1) : null;
        }
        return null;
    }
}
