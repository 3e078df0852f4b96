package org.microcred.credentials.keys;

import java.util.Arrays;

/**
 * Base58 with the Bitcoin alphabet, and its multibase form ({@code z} prefix) used by Multikey values,
 * did:key identifiers and Data Integrity {@code proofValue}s. Written here rather than pulled in as a
 * dependency: it is thirty lines and on the hot path of every signature.
 */
public final class Base58Btc {

    private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
    private static final int[] INDEXES = new int[128];
    /**
     * The longest text {@link #decode} takes. Base58 decoding is quadratic in the length, and what we decode is
     * short: a P-256 or Ed25519 Multikey is under 50 characters, an Ed25519 proofValue 88. A longer value (a
     * crafted did:key or proofValue of 40,000 characters cost 40 s) is refused before any arithmetic.
     */
    public static final int MAX_DECODED_CHARS = 256;

    static {
        Arrays.fill(INDEXES, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            INDEXES[ALPHABET[i]] = i;
        }
    }

    private Base58Btc() {
    }

    /** {@code z} followed by the base58btc encoding. */
    public static String encodeMultibase(byte[] data) {
        return "z" + encode(data);
    }

    /**
     * The bytes of a {@code z...} multibase value.
     *
     * @throws IllegalArgumentException when the prefix is not {@code z}, a character is not base58btc or the
     *                                  value is longer than {@link #MAX_DECODED_CHARS}
     */
    public static byte[] decodeMultibase(String multibase) {
        if (multibase == null || multibase.isEmpty() || multibase.charAt(0) != 'z') {
            throw new IllegalArgumentException("not a base58btc multibase value (it must start with 'z')");
        }
        return decode(multibase.substring(1));
    }

    public static String encode(byte[] input) {
        if (input.length == 0) {
            return "";
        }
        int zeros = 0;
        while (zeros < input.length && input[zeros] == 0) {
            zeros++;
        }
        // Repeated division of the big-endian number by 58, most significant digit first.
        byte[] number = Arrays.copyOf(input, input.length);
        char[] encoded = new char[input.length * 2];
        int out = encoded.length;
        int start = zeros;
        while (start < number.length) {
            encoded[--out] = ALPHABET[divmod(number, start, 256, 58)];
            if (number[start] == 0) {
                start++;
            }
        }
        while (out < encoded.length && encoded[out] == ALPHABET[0]) {
            out++;
        }
        while (--zeros >= 0) {
            encoded[--out] = ALPHABET[0];
        }
        return new String(encoded, out, encoded.length - out);
    }

    public static byte[] decode(String input) {
        if (input.isEmpty()) {
            return new byte[0];
        }
        if (input.length() > MAX_DECODED_CHARS) {
            throw new IllegalArgumentException("a base58btc value longer than " + MAX_DECODED_CHARS + " characters");
        }
        byte[] input58 = new byte[input.length()];
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            int digit = c < 128 ? INDEXES[c] : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("invalid base58btc character at position " + i);
            }
            input58[i] = (byte) digit;
        }
        int zeros = 0;
        while (zeros < input58.length && input58[zeros] == 0) {
            zeros++;
        }
        byte[] decoded = new byte[input.length()];
        int out = decoded.length;
        int start = zeros;
        while (start < input58.length) {
            decoded[--out] = divmod(input58, start, 58, 256);
            if (input58[start] == 0) {
                start++;
            }
        }
        while (out < decoded.length && decoded[out] == 0) {
            out++;
        }
        return Arrays.copyOfRange(decoded, out - zeros, decoded.length);
    }

    /** Divides the number (digits in {@code base}) in place by {@code divisor}; returns the remainder. */
    private static byte divmod(byte[] number, int first, int base, int divisor) {
        int remainder = 0;
        for (int i = first; i < number.length; i++) {
            int digit = number[i] & 0xFF;
            int temp = remainder * base + digit;
            number[i] = (byte) (temp / divisor);
            remainder = temp % divisor;
        }
        return (byte) remainder;
    }
}
