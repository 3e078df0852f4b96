package org.microcred.issuance.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals issuer key seeds at rest: AES-256-GCM under the master key, a random 96-bit nonce per
 * encryption, and the tenant and key id as associated data. The associated data binds a sealed seed
 * to its row: copied to another tenant's or key's row, it does not open, so a database writer
 * cannot make one issuer sign with another's key.
 */
public final class SeedCipher {

    public static final int MASTER_KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec masterKey;

    public SeedCipher(byte[] masterKey) {
        if (masterKey == null || masterKey.length != MASTER_KEY_BYTES) {
            throw new IllegalArgumentException("The master key must be " + MASTER_KEY_BYTES + " bytes (AES-256)");
        }
        this.masterKey = new SecretKeySpec(masterKey.clone(), "AES");
    }

    public SealedSeed seal(byte[] seed, String tenantId, String keyId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, tenantId, keyId);
            return new SealedSeed(cipher.doFinal(seed), nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is available on every Java runtime", e);
        }
    }

    /**
     * @throws KeyUnsealingException when the ciphertext, nonce, tenant or key id is not the one sealed,
     *                               or the master key is another one
     */
    public byte[] open(SealedSeed sealed, String tenantId, String keyId) {
        if (sealed.nonce() == null || sealed.nonce().length != NONCE_BYTES) {
            throw new KeyUnsealingException("Key " + keyId + " of " + tenantId + " has no valid nonce");
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, sealed.nonce(), tenantId, keyId).doFinal(sealed.ciphertext());
        } catch (AEADBadTagException e) {
            throw new KeyUnsealingException("Key " + keyId + " of " + tenantId
                    + " does not open: altered, moved to another row, or sealed under another master key");
        } catch (GeneralSecurityException e) {
            throw new KeyUnsealingException("Key " + keyId + " of " + tenantId + " does not open: " + e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String tenantId, String keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, masterKey, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData(tenantId, keyId));
        return cipher;
    }

    /** Versioned, and NUL-separated: tenant and key ids never contain NUL, so no two pairs collide. */
    static byte[] associatedData(String tenantId, String keyId) {
        return ("microcred/issuer-key/v1\0" + tenantId + "\0" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
