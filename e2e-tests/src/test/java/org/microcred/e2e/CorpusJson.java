package org.microcred.e2e;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Mutations of a valid JSON document: a value of the wrong type, an edge-case string, a field
 * missing, duplicated or added, a deeply nested or huge value, broken syntax and bad bytes. Each
 * answers the text to send and a name for its kind; deep and huge values are spliced into the text,
 * since no JSON library writes what its own limits refuse.
 */
final class CorpusJson {

    private static final ObjectMapper RAW = new ObjectMapper();
    /** Writes every non-ASCII character as a \\u escape: the only way to send a lone surrogate. */
    private static final ObjectMapper ESCAPING = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final String SPLICE = "\"@@corpus-splice@@\"";
    private static final int[] DEPTHS = {64, 500, 999, 1000, 1001, 2000, 10_000, 50_000};

    /** One mutated document: the kind of mutation and the bytes. */
    record Mutation(String kind, byte[] body) {
    }

    private final Random random;
    private final Supplier<String> idLike;

    /** {@code idLike} answers an id to put where the document has one (another tenant's, a random one...). */
    CorpusJson(Random random, Supplier<String> idLike) {
        this.random = random;
        this.idLike = idLike;
    }

    Mutation mutate(JsonNode template) {
        JsonNode doc = template.deepCopy();
        List<JsonPointer> slots = slots(doc);
        JsonPointer slot = slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
        return switch (random.nextInt(12)) {
            case 0, 1 -> replaced(doc, slot, "wrong type", pick(CorpusValues.WRONG_TYPES).deepCopy());
            case 2, 3 -> replaced(doc, slot, "edge string", TextNode.valueOf(pick(CorpusValues.STRINGS)));
            case 4 -> replaced(doc, slot, "other id", TextNode.valueOf(idLike.get()));
            case 5 -> removed(doc, slot);
            case 6 -> duplicated(doc);
            case 7 -> added(doc);
            case 8 -> spliced(doc, slot, "deep", deep(DEPTHS[random.nextInt(DEPTHS.length)]));
            case 9 -> spliced(doc, slot, "huge", huge());
            default -> malformed(doc);
        };
    }

    /** The document padded with an extra string field to exactly {@code size} bytes (an object root). */
    static byte[] ofSize(JsonNode template, long size) {
        String text = write(template, false);
        boolean object = text.startsWith("{") && !"{}".equals(text);
        String head = "{\"corpusPadding\":\"";
        String tail = object ? "\"," + text.substring(1) : "\"}";
        long pad = Math.max(0, size - head.length() - tail.getBytes(StandardCharsets.UTF_8).length);
        StringBuilder body = new StringBuilder((int) size).append(head);
        body.append("p".repeat((int) pad)).append(tail);
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String write(JsonNode node, boolean escapeNonAscii) {
        try {
            return (escapeNonAscii ? ESCAPING : RAW).writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Mutation replaced(JsonNode doc, JsonPointer slot, String kind, JsonNode value) {
        if (slot == null) {
            return added(doc);
        }
        set(doc, slot, value);
        return text(kind + " at " + slot, doc);
    }

    private Mutation removed(JsonNode doc, JsonPointer slot) {
        if (slot == null) {
            return added(doc);
        }
        JsonNode parent = doc.at(slot.head());
        String last = slot.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(slot.last().getMatchingIndex());
        }
        return text("missing " + slot, doc);
    }

    /** A top-level field twice, the wrong value first or last (a lenient parser keeps the last). */
    private Mutation duplicated(JsonNode doc) {
        if (!(doc instanceof ObjectNode object) || object.isEmpty()) {
            return added(doc);
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = pick(names);
        String value = write(random.nextBoolean() ? pick(CorpusValues.WRONG_TYPES) : TextNode.valueOf(
                pick(CorpusValues.STRINGS)), true);
        String text = write(doc, false);
        String field = RAW.getNodeFactory().textNode(name) + ":" + value;
        String body = random.nextBoolean() ? "{" + field + "," + text.substring(1)
                : text.substring(0, text.length() - 1) + "," + field + "}";
        return new Mutation("duplicated " + name, body.getBytes(StandardCharsets.UTF_8));
    }

    private Mutation added(JsonNode doc) {
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(doc, objects);
        if (objects.isEmpty()) {
            return malformed(doc);
        }
        String name = random.nextBoolean() ? pick(CorpusValues.STRINGS) : "unknown" + random.nextInt(100);
        pick(objects).set(name, random.nextBoolean() ? pick(CorpusValues.WRONG_TYPES).deepCopy()
                : TextNode.valueOf(pick(CorpusValues.STRINGS)));
        return text("unknown field", doc);
    }

    private Mutation spliced(JsonNode doc, JsonPointer slot, String kind, String value) {
        JsonNode target = doc;
        if (slot != null) {
            set(doc, slot, TextNode.valueOf(SPLICE.substring(1, SPLICE.length() - 1)));
        } else {
            target = null;
        }
        String text = target == null ? value : write(doc, false).replace(SPLICE, value);
        return new Mutation(kind + (slot == null ? "" : " at " + slot) + " (" + value.length() + " chars)",
                text.getBytes(StandardCharsets.UTF_8));
    }

    private Mutation malformed(JsonNode doc) {
        String text = write(doc, false);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0, 1 -> new Mutation("malformed", pick(CorpusValues.MALFORMED).getBytes(StandardCharsets.UTF_8));
            case 2 -> new Mutation("truncated", text.substring(0, random.nextInt(Math.max(1, text.length())))
                    .getBytes(StandardCharsets.UTF_8));
            case 3 -> new Mutation("byte flipped", flipped(bytes));
            case 4 -> new Mutation("invalid UTF-8", withBadBytes(bytes));
            case 5 -> new Mutation("BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes));
            default -> new Mutation("UTF-16", text.getBytes(StandardCharsets.UTF_16));
        };
    }

    /** {@code [[[...]]]} or {@code {"a":{"a":...}}}, {@code depth} levels. */
    private String deep(int depth) {
        boolean arrays = random.nextBoolean();
        StringBuilder text = new StringBuilder(depth * 6);
        text.append((arrays ? "[" : "{\"a\":").repeat(depth)).append("1").append((arrays ? "]" : "}").repeat(depth));
        return text.toString();
    }

    /** Many elements, many fields, or one long string. */
    private String huge() {
        int n = new int[] {1_000, 10_000, 100_000}[random.nextInt(3)];
        return switch (random.nextInt(3)) {
            case 0 -> "[" + "1,".repeat(n - 1) + "1]";
            case 1 -> {
                StringBuilder object = new StringBuilder("{");
                for (int i = 0; i < n / 10; i++) {
                    object.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
                }
                yield object.append('}').toString();
            }
            default -> "\"" + "h".repeat(n * 2) + "\"";
        };
    }

    private byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(4) && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    /** Bytes no UTF-8 decoder may accept: a stray continuation, an overlong NUL, an encoded surrogate, 0xFF. */
    private byte[] withBadBytes(byte[] bytes) {
        byte[][] bad = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xFF}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}};
        // Inside a string value where there is one, so the parser reaches the bytes as text.
        String text = new String(bytes, StandardCharsets.UTF_8);
        int quote = text.indexOf("\":\"");
        int at = quote < 0 ? random.nextInt(bytes.length + 1)
                : text.substring(0, quote + 3).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(bad[random.nextInt(bad.length)]);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private Mutation text(String kind, JsonNode doc) {
        boolean escape = random.nextInt(3) == 0 || containsSurrogate(doc);
        return new Mutation(kind, write(doc, escape).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean containsSurrogate(JsonNode doc) {
        String text = doc.toString();
        return text.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }

    /** Every value's pointer (fields and array elements), the root excepted. */
    private static List<JsonPointer> slots(JsonNode doc) {
        List<JsonPointer> slots = new ArrayList<>();
        collect(doc, JsonPointer.empty(), slots);
        return slots;
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> slots) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                JsonPointer child = at.appendProperty(name);
                slots.add(child);
                collect(node.get(name), child, slots);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer child = at.appendIndex(i);
                slots.add(child);
                collect(node.get(i), child, slots);
            }
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> collectObjects(child, objects));
    }

    private static void set(JsonNode doc, JsonPointer slot, JsonNode value) {
        JsonNode parent = doc.at(slot.head());
        if (parent instanceof ObjectNode object) {
            object.set(slot.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(slot.last().getMatchingIndex(), value);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
