package org.microcred.credentials.status;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed pseudorandom permutation of the indexes {@code 0 .. size-1} of a status list: the n-th credential
 * put on a list gets index {@code apply(n)}. Bitstring Status List's privacy considerations ask issuers to
 * assign indexes at random, so that an index says nothing about when a credential was issued or which
 * credentials were issued together; a permutation does that while each slot is still taken exactly once,
 * with a counter instead of a table of used slots.
 *
 * <p>A four-round Feistel network over the smallest even number of bits that covers {@code size}, with
 * HMAC-SHA256 under the list's secret key as round function, and cycle-walking: a value that falls outside
 * the list is permuted again until it lands inside, which keeps the map a bijection on the list.
 */
public final class IndexPermutation {

    private static final int ROUNDS = 4;
    public static final int KEY_BYTES = 32;

    private final int size;
    private final int halfBits;
    private final int halfMask;
    private final SecretKeySpec key;

    /**
     * @param key  the list's secret, {@value #KEY_BYTES} random bytes kept with the list and never published
     * @param size the number of entries of the list, at least 2
     */
    public IndexPermutation(byte[] key, int size) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a status list index key is " + KEY_BYTES + " bytes");
        }
        if (size < 2) {
            throw new IllegalArgumentException("a status list has at least 2 entries");
        }
        int bits = 32 - Integer.numberOfLeadingZeros(size - 1);
        this.halfBits = (bits + 1) / 2;
        this.halfMask = (1 << halfBits) - 1;
        this.size = size;
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The index of the {@code position}-th slot, {@code 0 <= position < size}. */
    public int apply(int position) {
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException("position " + position + " of a list of " + size);
        }
        Mac mac = newMac();
        int value = position;
        do {
            value = encrypt(mac, value);
        } while (value >= size);
        return value;
    }

    private int encrypt(Mac mac, int value) {
        int left = value >>> halfBits;
        int right = value & halfMask;
        for (int round = 0; round < ROUNDS; round++) {
            int next = left ^ roundFunction(mac, round, right);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    private int roundFunction(Mac mac, int round, int half) {
        byte[] out = mac.doFinal(ByteBuffer.allocate(8).putInt(round).putInt(half).array());
        return ByteBuffer.wrap(out).getInt() & halfMask;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
