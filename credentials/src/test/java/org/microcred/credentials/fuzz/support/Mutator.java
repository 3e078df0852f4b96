package org.microcred.credentials.fuzz.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mutation-based fuzz inputs: each input is one committed seed with one to eight mutations applied, drawn from the
 * run's seeded {@link Random}, so a run is repeatable from its seed ({@link FuzzRun}). Byte mutations (bit flips,
 * interesting values, insertions, deletions, truncation, repetition, splicing with another seed, dictionary tokens)
 * and text mutations (the same, plus deep nesting, huge numbers and Unicode edge cases). Inputs stay under
 * {@link #MAX_LENGTH} so that every try is cheap.
 */
public final class Mutator {

    public static final int MAX_LENGTH = 256 * 1024;

    private static final int[] INTERESTING_INTS = {0, 1, -1, 0x7f, 0x80, 0xff, 0x7fff, 0xffff, 0x7fffffff,
        0x80000000, 0xfffffff0};
    /** Control characters, separators, invisible and direction marks, noncharacters, lone surrogates, astral. */
    private static final String[] UNICODE_EDGES = {"\u0000", "\u0001", "\u001f", "\u007f", "\u0085", "\u00a0",
        "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\ufffd", "\uffff", "\ud800", "\udfff", "\ud83d\ude00",
        "e\u0301", "\udbff\udfff", "\\u0000", "\\ud800", "\\uDFFF\\uD800"};
    private static final String[] NUMBERS = {"-0", "1e999999999", "-1e-999999999", "9223372036854775808",
        "1.7976931348623157e309", "0.0000000000000000000000000000001", "NaN", "Infinity", "0x10", "01"};

    private final List<byte[]> seeds;
    private final List<byte[]> dictionary;

    private Mutator(List<byte[]> seeds, List<String> dictionary) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("mutations need at least one seed");
        }
        this.seeds = seeds;
        this.dictionary = dictionary.stream().map(token -> token.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** For binary inputs: the seeds and the target's dictionary tokens (chunk names, magic numbers...). */
    public static Mutator of(List<byte[]> seeds, List<String> dictionary) {
        return new Mutator(seeds, dictionary);
    }

    /** For text inputs: the seeds and the target's dictionary tokens (JSON-LD keywords...). */
    public static Mutator ofText(List<String> seeds, List<String> dictionary) {
        return new Mutator(seeds.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList(), dictionary);
    }

    /** A seed with byte mutations. */
    public byte[] bytes(Random random) {
        return mutateBytes(random);
    }

    /**
     * A seed with text mutations (which also insert Unicode edge cases, huge numbers, deep nesting and dictionary
     * tokens), now and then a byte mutation of its UTF-8 form decoded again.
     */
    public String text(Random random) {
        return mutateText(random);
    }

    private byte[] mutateBytes(Random random) {
        byte[] data = seeds.get(random.nextInt(seeds.size()));
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            data = mutateOnce(data, random);
        }
        return data;
    }

    private byte[] mutateOnce(byte[] data, Random random) {
        int at = data.length == 0 ? 0 : random.nextInt(data.length + 1);
        return switch (random.nextInt(9)) {
            case 0 -> flipBit(data, random);
            case 1 -> overwriteInt(data, random);
            case 2 -> insert(data, at, randomBytes(random, 1 + random.nextInt(16)));
            case 3 -> delete(data, at, random.nextInt(1 + Math.min(64, data.length - at)));
            case 4 -> Arrays.copyOf(data, at);
            case 5 -> repeat(data, at, random);
            case 6 -> splice(data, at, random);
            default -> dictionary.isEmpty() ? flipBit(data, random)
                    : insert(data, at, dictionary.get(random.nextInt(dictionary.size())));
        };
    }

    private String mutateText(Random random) {
        String text = new String(seeds.get(random.nextInt(seeds.size())), StandardCharsets.UTF_8);
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            text = mutateTextOnce(text, random);
        }
        return text;
    }

    private String mutateTextOnce(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return switch (random.nextInt(10)) {
            case 0 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + random.nextInt(64)));
            case 1 -> insert(text, at, UNICODE_EDGES[random.nextInt(UNICODE_EDGES.length)]);
            case 2 -> insert(text, at, NUMBERS[random.nextInt(NUMBERS.length)]);
            case 3 -> insert(text, at, "9".repeat(1 + random.nextInt(5000)));
            case 4 -> nest(text, at, random);
            case 5 -> dictionary.isEmpty() ? text
                    : insert(text, at, new String(dictionary.get(random.nextInt(dictionary.size())),
                            StandardCharsets.UTF_8));
            case 6 -> text.substring(0, at);
            case 7 -> new String(repeat(text.getBytes(StandardCharsets.UTF_8), at, random), StandardCharsets.UTF_8);
            case 8 -> new String(splice(text.getBytes(StandardCharsets.UTF_8), at, random), StandardCharsets.UTF_8);
            default -> new String(mutateOnce(text.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8);
        };
    }

    /** Up to a few thousand levels of arrays or objects opened at {@code at} (and closed, now and then). */
    private static String nest(String text, int at, Random random) {
        int depth = 1 + random.nextInt(random.nextBoolean() ? 100 : 5000);
        boolean objects = random.nextBoolean();
        String open = objects ? "{\"a\":" : "[";
        String close = random.nextBoolean() ? (objects ? "}" : "]").repeat(depth) : "";
        return cap(text.substring(0, at) + open.repeat(depth) + "1" + close + text.substring(at));
    }

    private static String insert(String text, int at, String token) {
        return cap(text.substring(0, at) + token + text.substring(at));
    }

    private static String cap(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    private static byte[] flipBit(byte[] data, Random random) {
        if (data.length == 0) {
            return new byte[] {(byte) random.nextInt()};
        }
        byte[] copy = data.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] overwriteInt(byte[] data, Random random) {
        if (data.length < 4) {
            return flipBit(data, random);
        }
        byte[] copy = data.clone();
        int value = INTERESTING_INTS[random.nextInt(INTERESTING_INTS.length)];
        int at = random.nextInt(copy.length - 3);
        for (int i = 0; i < 4; i++) {
            copy[at + i] = (byte) (value >>> (24 - 8 * i));
        }
        return copy;
    }

    private static byte[] insert(byte[] data, int at, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + bytes.length);
        out.write(data, 0, at);
        out.writeBytes(bytes);
        out.write(data, at, data.length - at);
        return capBytes(out.toByteArray());
    }

    private static byte[] delete(byte[] data, int at, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, at);
        out.write(data, at + length, data.length - at - length);
        return out.toByteArray();
    }

    /** A slice of the input repeated up to a thousand times in place: long runs, many chunks, many entries. */
    private static byte[] repeat(byte[] data, int at, Random random) {
        int length = Math.min(data.length - at, 1 + random.nextInt(256));
        if (length <= 0) {
            return data;
        }
        byte[] slice = Arrays.copyOfRange(data, at, at + length);
        ByteArrayOutputStream copies = new ByteArrayOutputStream();
        for (int n = 1 + random.nextInt(1000); n > 0 && copies.size() < MAX_LENGTH; n--) {
            copies.writeBytes(slice);
        }
        return insert(data, at, copies.toByteArray());
    }

    /** The input up to {@code at}, then another seed from a random point on. */
    private byte[] splice(byte[] data, int at, Random random) {
        byte[] other = seeds.get(random.nextInt(seeds.size()));
        int from = other.length == 0 ? 0 : random.nextInt(other.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(at + other.length - from);
        out.write(data, 0, at);
        out.write(other, from, other.length - from);
        return capBytes(out.toByteArray());
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] capBytes(byte[] data) {
        return data.length <= MAX_LENGTH ? data : Arrays.copyOf(data, MAX_LENGTH);
    }
}
