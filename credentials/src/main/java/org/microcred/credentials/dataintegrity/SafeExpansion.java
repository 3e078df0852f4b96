package org.microcred.credentials.dataintegrity;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.microcred.credentials.CredentialException;

/**
 * The checks of jsonld.js "safe mode" that titanium does not make, applied to the expanded document before it
 * becomes RDF, plus the normalisations JavaScript processors apply (lower-case language tags, numbers as
 * doubles). Without them titanium silently drops what it cannot turn into RDF (a relative {@code id}, a type no
 * context defines), so a signature would not cover it, and the canonical form would differ from the one Digital
 * Bazaar's verifiers compute. Undefined property names are caught earlier, by titanium's undefined-terms policy.
 */
final class SafeExpansion {

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Pattern BCP47 = Pattern.compile("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$");

    private SafeExpansion() {
    }

    /** The expanded document, checked; a new value only where something was normalised. */
    static JsonArray check(JsonArray expanded) {
        return items(expanded);
    }

    private static JsonArray items(JsonArray array) {
        JsonArrayBuilder rebuilt = null;
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            JsonValue checked = item.getValueType() == JsonValue.ValueType.OBJECT ? object(item.asJsonObject()) : item;
            if (checked != item && rebuilt == null) {
                rebuilt = JSON.createArrayBuilder();
                for (int j = 0; j < i; j++) {
                    rebuilt.add(array.get(j));
                }
            }
            if (rebuilt != null) {
                rebuilt.add(checked);
            }
        }
        return rebuilt == null ? array : rebuilt.build();
    }

    private static JsonObject object(JsonObject object) {
        if (object.containsKey("@value")) {
            return value(object);
        }
        JsonObjectBuilder rebuilt = null;
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            JsonValue checked = value;
            switch (key) {
                case "@id" -> requireReference(value, "id");
                case "@type" -> requireTypes(value);
                case "@graph", "@included", "@list", "@set" -> checked = items(value.asJsonArray());
                case "@reverse" -> checked = properties(value.asJsonObject());
                case "@index" -> { }
                default -> {
                    requireProperty(key);
                    checked = items(value.asJsonArray());
                }
            }
            if (checked != value) {
                rebuilt = rebuilt == null ? JSON.createObjectBuilder(object) : rebuilt;
                rebuilt.add(key, checked);
            }
        }
        return rebuilt == null ? object : rebuilt.build();
    }

    private static JsonObject properties(JsonObject reverse) {
        JsonObjectBuilder rebuilt = null;
        for (Map.Entry<String, JsonValue> entry : reverse.entrySet()) {
            requireProperty(entry.getKey());
            JsonArray checked = items(entry.getValue().asJsonArray());
            if (checked != entry.getValue()) {
                rebuilt = rebuilt == null ? JSON.createObjectBuilder(reverse) : rebuilt;
                rebuilt.add(entry.getKey(), checked);
            }
        }
        return rebuilt == null ? reverse : rebuilt.build();
    }

    private static JsonObject value(JsonObject value) {
        JsonValue type = value.get("@type");
        if (type instanceof JsonString t && "@json".equals(t.getString())) {
            return value; // a JSON literal is canonicalised as JSON, not checked as RDF
        }
        String datatype = null;
        if (type instanceof JsonString t) {
            datatype = t.getString();
            if (!isAbsoluteIri(datatype)) {
                throw unsafe("undefined-term", "The value type '" + datatype + "' is not defined by the contexts");
            }
        }
        if (value.containsKey("@direction")) {
            throw unsafe("invalid-json-ld", "Text direction (@direction) cannot be signed: verifiers disagree on its "
                    + "RDF form");
        }
        JsonObjectBuilder rebuilt = null;
        if (value.get("@language") instanceof JsonString language) {
            String tag = language.getString();
            if (!BCP47.matcher(tag).matches()) {
                throw unsafe("invalid-json-ld", "The language tag '" + tag + "' is not a BCP 47 tag");
            }
            String lower = tag.toLowerCase(Locale.ROOT);
            if (!lower.equals(tag)) {
                rebuilt = JSON.createObjectBuilder(value).add("@language", lower);
            }
        }
        if (value.get("@value") instanceof JsonNumber number) {
            double d = number.doubleValue();
            if (Double.isInfinite(d)) {
                throw unsafe("invalid-json-ld", "The number " + number + " is out of range");
            }
            boolean asDouble = JsNumbers.isDouble(d) || JsNumbers.XSD_DOUBLE.equals(datatype);
            rebuilt = rebuilt == null ? JSON.createObjectBuilder(value) : rebuilt;
            rebuilt.add("@value", asDouble ? JsNumbers.canonicalDouble(d) : JsNumbers.canonicalInteger(d));
            rebuilt.add("@type", datatype != null ? datatype : asDouble ? JsNumbers.XSD_DOUBLE : JsNumbers.XSD_INTEGER);
        }
        return rebuilt == null ? value : rebuilt.build();
    }

    private static void requireReference(JsonValue id, String what) {
        String iri = ((JsonString) id).getString();
        if (!iri.startsWith("_:") && !isAbsoluteIri(iri)) {
            throw unsafe("invalid-json-ld", "The " + what + " '" + iri + "' is not an absolute IRI");
        }
    }

    private static void requireTypes(JsonValue types) {
        if (types instanceof JsonString type) {
            requireType(type.getString());
        } else {
            types.asJsonArray().forEach(type -> requireType(((JsonString) type).getString()));
        }
    }

    private static void requireType(String type) {
        if (!type.startsWith("_:") && !isAbsoluteIri(type)) {
            throw unsafe("undefined-term", "The type '" + type + "' is not defined by the credential's contexts");
        }
    }

    private static void requireProperty(String property) {
        if (property.startsWith("_:") || !isAbsoluteIri(property)) {
            throw unsafe("undefined-term", "The property '" + property + "' does not map to an IRI");
        }
    }

    /**
     * jsonld.js's test: a scheme (a letter, then letters, digits, '+', '-', '.'), a ':', and no white space.
     * titanium is told to check no more than that ({@code SchemeOnly}), so both keep and drop the same IRIs.
     */
    private static boolean isAbsoluteIri(String value) {
        int colon = value.indexOf(':');
        if (colon < 1 || !isAsciiLetter(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = value.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        for (int i = colon + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static CredentialException unsafe(String problem, String message) {
        return new CredentialException(problem, message);
    }
}
