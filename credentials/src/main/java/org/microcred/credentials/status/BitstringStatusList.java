package org.microcred.credentials.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.microcred.credentials.CredentialException;

/**
 * A W3C Bitstring Status List v1.0 with one bit per credential (statusSize 1). Index 0 is the left-most bit
 * of the first byte (the most significant one), as the spec says. The encoded form is the GZIP-compressed
 * bitstring in multibase base64url without padding ({@code u...}). Not thread-safe: guard a shared list.
 */
public final class BitstringStatusList {

    /** 16 KiB: the spec's minimum, so that one credential hides among at least 131,072 others. */
    public static final int MIN_ENTRIES = 131_072;
    /** Decompressed size cap: a list larger than 16 MiB is refused, whatever its GZIP form claims. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    public static final int MAX_ENTRIES = MAX_BYTES * 8;
    /** Enough for the base64 of a GZIP stream of any list under the cap, random bits included. */
    public static final int MAX_ENCODED_CHARS = MAX_BYTES / 3 * 4 + 64 * 1024;

    /** The JDK's GZIP header has no optional fields, so its OS byte is always the tenth. */
    private static final int GZIP_OS_OFFSET = 9;

    private final byte[] bits;

    /** An all-zero list of {@link #MIN_ENTRIES} entries. */
    public BitstringStatusList() {
        this(MIN_ENTRIES);
    }

    /** An all-zero list; {@code entries} is a multiple of 8 between the spec's minimum and the cap. */
    public BitstringStatusList(int entries) {
        if (entries < MIN_ENTRIES || entries > MAX_ENTRIES || entries % 8 != 0) {
            throw new IllegalArgumentException("a status list has a multiple of 8 entries between "
                    + MIN_ENTRIES + " and " + MAX_ENTRIES);
        }
        this.bits = new byte[entries / 8];
    }

    private BitstringStatusList(byte[] bits) {
        this.bits = bits;
    }

    /**
     * Reads an {@code encodedList}. Decompression stops at {@link #MAX_BYTES}, so a GZIP bomb costs no more
     * than a large honest list.
     *
     * @throws CredentialException {@code invalid-status-list}: no {@code u} prefix, bad base64url, bad GZIP,
     *         larger than the cap, or shorter than the spec's 16 KiB minimum
     */
    public static BitstringStatusList decode(String encodedList) {
        if (encodedList == null || encodedList.length() < 2 || encodedList.charAt(0) != 'u') {
            throw invalid("encodedList is multibase base64url: it starts with 'u'");
        }
        if (encodedList.length() > MAX_ENCODED_CHARS) {
            throw invalid("encodedList is longer than " + MAX_ENCODED_CHARS + " characters");
        }
        byte[] compressed;
        try {
            compressed = Base64.getUrlDecoder().decode(encodedList.substring(1));
        } catch (IllegalArgumentException e) {
            throw invalid("encodedList is not base64url");
        }
        byte[] bits = gunzipCapped(compressed);
        if (bits.length < MIN_ENTRIES / 8) {
            throw invalid("the bitstring has " + bits.length * 8 + " entries, fewer than the minimum "
                    + MIN_ENTRIES);
        }
        return new BitstringStatusList(bits);
    }

    /** The {@code encodedList} value: GZIP, then base64url without padding, prefixed by {@code u}. */
    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bits.length / 64 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory GZIP cannot fail", e);
        }
        byte[] gzip = out.toByteArray();
        // The JDK writes OS "unknown" (255) in the GZIP header; zlib, and so the spec's examples and Digital
        // Bazaar's stack, write 3 (Unix). Same list either way; matching them makes encodings comparable.
        gzip[GZIP_OS_OFFSET] = 3;
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip);
    }

    /** Whether the entry is set (revoked or suspended, by the list's purpose). */
    public boolean get(int index) {
        checkIndex(index);
        return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    public void set(int index, boolean value) {
        checkIndex(index);
        if (value) {
            bits[index >>> 3] |= (byte) (0x80 >>> (index & 7));
        } else {
            bits[index >>> 3] &= (byte) ~(0x80 >>> (index & 7));
        }
    }

    /** How many entries the list holds. */
    public int size() {
        return bits.length * 8;
    }

    /** A copy of the uncompressed bitstring. */
    public byte[] toBytes() {
        return bits.clone();
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size()) {
            throw new CredentialException("invalid-status-index", "status list index " + index
                    + " is outside the list of " + size() + " entries");
        }
    }

    private static byte[] gunzipCapped(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(MIN_ENTRIES / 8);
            byte[] buffer = new byte[64 * 1024];
            int total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > MAX_BYTES) {
                    throw invalid("the bitstring decompresses to more than " + MAX_BYTES + " bytes");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw invalid("encodedList is not valid GZIP: " + e.getMessage());
        }
    }

    private static CredentialException invalid(String message) {
        return new CredentialException("invalid-status-list", message);
    }
}
