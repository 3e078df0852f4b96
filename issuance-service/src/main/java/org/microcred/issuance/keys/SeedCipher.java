package org.microcred.issuance.keys;

import org.microcred.support.crypto.AesGcmSealer;
import org.microcred.support.crypto.UnsealingException;

/**
 * Seals issuer key seeds at rest with the shared {@link AesGcmSealer} (AES-256-GCM under the master key, a random
 * 96-bit nonce per encryption, nonce and ciphertext in two columns), with the tenant and key id as associated data.
 * The associated data binds a sealed seed to its row: copied to another tenant's or key's row, it does not open, so
 * a database writer cannot make one issuer sign with another's key.
 */
public final class SeedCipher {

    public static final int MASTER_KEY_BYTES = AesGcmSealer.KEY_BYTES;
    static final int NONCE_BYTES = AesGcmSealer.NONCE_BYTES;

    private final AesGcmSealer sealer;

    public SeedCipher(byte[] masterKey) {
        if (masterKey == null || masterKey.length != MASTER_KEY_BYTES) {
            throw new IllegalArgumentException("The master key must be " + MASTER_KEY_BYTES + " bytes (AES-256)");
        }
        this.sealer = new AesGcmSealer(masterKey);
    }

    public SealedSeed seal(byte[] seed, String tenantId, String keyId) {
        AesGcmSealer.Sealed sealed = sealer.seal(seed, associatedData(tenantId, keyId));
        return new SealedSeed(sealed.ciphertext(), sealed.nonce());
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
            return sealer.open(new AesGcmSealer.Sealed(sealed.ciphertext(), sealed.nonce()),
                    associatedData(tenantId, keyId));
        } catch (UnsealingException e) {
            throw new KeyUnsealingException("Key " + keyId + " of " + tenantId
                    + " does not open: altered, moved to another row, or sealed under another master key");
        }
    }

    /** Versioned, and NUL-separated: tenant and key ids never contain NUL, so no two pairs collide. */
    static byte[] associatedData(String tenantId, String keyId) {
        return AesGcmSealer.associatedData("microcred/issuer-key/v1", tenantId, keyId);
    }
}
