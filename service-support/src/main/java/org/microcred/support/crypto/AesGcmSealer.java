package org.microcred.support.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals small secrets at rest (issuer key seeds, webhook and LMS shared secrets): AES-256-GCM under a 32-byte key
 * used as is (no derivation), a random 96-bit nonce per sealing, a 128-bit tag, and associated data chosen by the
 * caller that binds the sealed value to its row, so a value copied onto another row does not open.
 *
 * <p>The format is the one the three services wrote before this class existed, so their stored rows still open:
 * a caller keeps the ciphertext and the nonce in two columns ({@link Sealed}), or joined as {@code nonce ||
 * ciphertext+tag} in one ({@link Sealed#joined()}, {@link Sealed#split(byte[])}); the associated data is the
 * caller's own bytes, usually {@link #associatedData(String...)}.
 */
public final class AesGcmSealer {

    public static final int KEY_BYTES = 32;
    public static final int NONCE_BYTES = 12;
    public static final int TAG_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sealed value: the ciphertext with its tag, and the nonce. */
    public record Sealed(byte[] ciphertext, byte[] nonce) {

        /** {@code nonce || ciphertext+tag}, for a value kept in one column. */
        public byte[] joined() {
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + ciphertext.length);
            System.arraycopy(ciphertext, 0, out, NONCE_BYTES, ciphertext.length);
            return out;
        }

        /** The inverse of {@link #joined()}. */
        public static Sealed split(byte[] joined) {
            if (joined == null || joined.length < NONCE_BYTES + TAG_BYTES) {
                throw new UnsealingException("too short to be a sealed value");
            }
            return new Sealed(Arrays.copyOfRange(joined, NONCE_BYTES, joined.length),
                    Arrays.copyOf(joined, NONCE_BYTES));
        }
    }

    private final SecretKeySpec key;

    /** @param key exactly {@value #KEY_BYTES} bytes (AES-256) */
    public AesGcmSealer(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("The sealing key must be " + KEY_BYTES + " bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /**
     * The key from its configured form, base64 of 32 bytes (surrounding blanks ignored), or a failure that names the
     * setting and says what is wrong, never the value.
     *
     * @param setting how the operator sets it, e.g. {@code MICROCRED_MASTER_KEY}
     * @throws IllegalStateException unset, blank, not base64, or not 32 bytes
     */
    public static byte[] decodeKey(String base64, String setting) {
        String value = base64 == null ? "" : base64.strip();
        if (value.isEmpty()) {
            throw new IllegalStateException(setting + " is not set: it must be the base64 of " + KEY_BYTES
                    + " random bytes (for example `head -c 32 /dev/urandom | base64`)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not valid base64 (" + e.getMessage() + ")");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(setting + " must decode to " + KEY_BYTES + " bytes (AES-256), not "
                    + bytes.length);
        }
        return bytes;
    }

    /** A sealer under the configured key: see {@link #decodeKey(String, String)}. */
    public static AesGcmSealer fromBase64(String base64, String setting) {
        return new AesGcmSealer(decodeKey(base64, setting));
    }

    public Sealed seal(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            return new Sealed(cipher(Cipher.ENCRYPT_MODE, nonce, associatedData).doFinal(plaintext), nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is available on every Java runtime", e);
        }
    }

    /**
     * @throws UnsealingException when the ciphertext, nonce or associated data is not the one sealed, or the key is
     *                            another one
     */
    public byte[] open(Sealed sealed, byte[] associatedData) {
        if (sealed == null || sealed.ciphertext() == null || sealed.nonce() == null) {
            throw new UnsealingException("nothing sealed");
        }
        if (sealed.nonce().length != NONCE_BYTES) {
            throw new UnsealingException("the nonce is not " + NONCE_BYTES + " bytes");
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, sealed.nonce(), associatedData).doFinal(sealed.ciphertext());
        } catch (GeneralSecurityException e) {
            throw new UnsealingException("altered, moved to another row, or sealed under another key");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }

    /**
     * The parts in UTF-8, NUL-separated: ids never contain NUL (PostgreSQL cannot store one), so no two lists of
     * parts give the same bytes. Start with a versioned purpose ({@code microcred/issuer-key/v1}) so a value sealed
     * for one purpose does not open for another.
     */
    public static byte[] associatedData(String... parts) {
        return String.join("\0", parts).getBytes(StandardCharsets.UTF_8);
    }
}
