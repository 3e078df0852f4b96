package org.microcred.issuance.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SeedCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] master = random(32);
    private final SeedCipher cipher = new SeedCipher(master);
    private final byte[] seed = random(32);

    @Test
    void aSealedSeedOpensToTheSameBytes() {
        SealedSeed sealed = cipher.seal(seed, "northbridge", "key-1");
        assertArrayEquals(seed, cipher.open(sealed, "northbridge", "key-1"));
        assertEquals(SeedCipher.NONCE_BYTES, sealed.nonce().length, "96-bit nonce");
        assertEquals(seed.length + 16, sealed.ciphertext().length, "ciphertext and 128-bit tag");
        assertFalse(Arrays.equals(seed, Arrays.copyOf(sealed.ciphertext(), seed.length)), "not stored in clear");
    }

    @Test
    void eachSealingUsesAFreshNonce() {
        SealedSeed first = cipher.seal(seed, "northbridge", "key-1");
        SealedSeed second = cipher.seal(seed, "northbridge", "key-1");
        assertFalse(Arrays.equals(first.nonce(), second.nonce()));
        assertFalse(Arrays.equals(first.ciphertext(), second.ciphertext()));
    }

    @Test
    void aTamperedCiphertextDoesNotOpen() {
        SealedSeed sealed = cipher.seal(seed, "northbridge", "key-1");
        byte[] tampered = sealed.ciphertext().clone();
        tampered[3] ^= 0x01;
        assertThrows(KeyUnsealingException.class,
                () -> cipher.open(new SealedSeed(tampered, sealed.nonce()), "northbridge", "key-1"));
        byte[] tag = sealed.ciphertext().clone();
        tag[tag.length - 1] ^= (byte) 0x80;
        assertThrows(KeyUnsealingException.class,
                () -> cipher.open(new SealedSeed(tag, sealed.nonce()), "northbridge", "key-1"));
    }

    @Test
    void aTamperedNonceDoesNotOpen() {
        SealedSeed sealed = cipher.seal(seed, "northbridge", "key-1");
        byte[] nonce = sealed.nonce().clone();
        nonce[0] ^= 0x01;
        assertThrows(KeyUnsealingException.class,
                () -> cipher.open(new SealedSeed(sealed.ciphertext(), nonce), "northbridge", "key-1"));
        assertThrows(KeyUnsealingException.class,
                () -> cipher.open(new SealedSeed(sealed.ciphertext(), new byte[8]), "northbridge", "key-1"));
    }

    @Test
    void aSeedMovedToAnotherTenantOrKeyDoesNotOpen() {
        SealedSeed sealed = cipher.seal(seed, "northbridge", "key-1");
        assertThrows(KeyUnsealingException.class, () -> cipher.open(sealed, "southport", "key-1"));
        assertThrows(KeyUnsealingException.class, () -> cipher.open(sealed, "northbridge", "key-2"));
        // The separator keeps (tenant, key) pairs apart even when their concatenations agree.
        SealedSeed ambiguous = cipher.seal(seed, "north", "bridgekey-1");
        assertThrows(KeyUnsealingException.class, () -> cipher.open(ambiguous, "northbridge", "key-1"));
    }

    @Test
    void anotherMasterKeyDoesNotOpen() {
        SealedSeed sealed = cipher.seal(seed, "northbridge", "key-1");
        assertThrows(KeyUnsealingException.class,
                () -> new SeedCipher(random(32)).open(sealed, "northbridge", "key-1"));
    }

    @Test
    void theMasterKeyMustBe256Bits() {
        assertThrows(IllegalArgumentException.class, () -> new SeedCipher(random(16)));
        assertThrows(IllegalArgumentException.class, () -> new SeedCipher(null));
    }

    @Test
    void aSeedSealedBeforeTheSharedSealerStillOpens() {
        // Sealed by the former SeedCipher (its own AES-GCM code) under the test-only master key 00 01 .. 1f.
        byte[] oldMaster = new byte[32];
        for (int i = 0; i < oldMaster.length; i++) {
            oldMaster[i] = (byte) i;
        }
        SealedSeed stored = new SealedSeed(
                Base64.getDecoder().decode("/LKo2eO2idkH5dIHbr88rQXFw2rJuRtmYgmTruwC6cRuuKvMIKw3LNPBLW7g1+IW"),
                Base64.getDecoder().decode("5ZOIsqD4HqiknxdB"));
        assertEquals("test-only-seed-0123456789abcdef!",
                new String(new SeedCipher(oldMaster).open(stored, "northbridge", "key-1"), StandardCharsets.UTF_8));
        assertThrows(KeyUnsealingException.class, () -> new SeedCipher(oldMaster).open(stored, "northbridge", "key-2"));
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
