package org.microcred.wallet.page;

/**
 * A JSON document made safe to write raw inside {@code <script type="application/ld+json">}. HTML escaping would
 * break the JSON (a quote is not {@code &quot;} in a script), so instead every {@code <} becomes the JSON escape
 * {@code \u003c}: no {@code </script>} or {@code <!--} can end or confuse the element, whatever the credential holds,
 * and the JSON parses back to the same values. U+2028 and U+2029 are escaped too, for any reader that takes the
 * text as JavaScript.
 */
public final class JsonLdScript {

    private JsonLdScript() {
    }

    public static String embed(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
