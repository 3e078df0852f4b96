package org.microcred.support.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microcred.support.crypto.AesGcmSealer.Sealed;

class AesGcmSealerTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] AAD = AesGcmSealer.associatedData("microcred/test/v1", "northbridge", "row-1");

    private final AesGcmSealer sealer = new AesGcmSealer(random(32));
    private final byte[] secret = "test-only-secret".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSealedValueOpensToTheSameBytes() {
        Sealed sealed = sealer.seal(secret, AAD);
        assertArrayEquals(secret, sealer.open(sealed, AAD));
        assertEquals(12, sealed.nonce().length, "96-bit nonce");
        assertEquals(secret.length + 16, sealed.ciphertext().length, "ciphertext and 128-bit tag");
        assertFalse(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1).contains("test-only"), "not in clear");
        assertArrayEquals(secret, sealer.open(Sealed.split(sealed.joined()), AAD), "joined form round trip");
    }

    @Test
    void everySealingHasItsOwnNonce() {
        Set<String> nonces = new HashSet<>();
        Set<String> ciphertexts = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Sealed sealed = sealer.seal(secret, AAD);
            nonces.add(Base64.getEncoder().encodeToString(sealed.nonce()));
            ciphertexts.add(Base64.getEncoder().encodeToString(sealed.ciphertext()));
        }
        assertEquals(1000, nonces.size());
        assertEquals(1000, ciphertexts.size());
    }

    @Test
    void aTamperedCiphertextTagOrNonceDoesNotOpen() {
        Sealed sealed = sealer.seal(secret, AAD);
        byte[] body = sealed.ciphertext().clone();
        body[2] ^= 0x01;
        assertThrows(UnsealingException.class, () -> sealer.open(new Sealed(body, sealed.nonce()), AAD));
        byte[] tag = sealed.ciphertext().clone();
        tag[tag.length - 1] ^= (byte) 0x80;
        assertThrows(UnsealingException.class, () -> sealer.open(new Sealed(tag, sealed.nonce()), AAD));
        byte[] nonce = sealed.nonce().clone();
        nonce[0] ^= 0x01;
        assertThrows(UnsealingException.class, () -> sealer.open(new Sealed(sealed.ciphertext(), nonce), AAD));
        assertThrows(UnsealingException.class, () -> sealer.open(new Sealed(sealed.ciphertext(), new byte[8]), AAD));
        assertThrows(UnsealingException.class, () -> sealer.open(new Sealed(null, sealed.nonce()), AAD));
        assertThrows(UnsealingException.class, () -> Sealed.split(new byte[20]));
    }

    @Test
    void anotherKeyOrAnotherRowDoesNotOpen() {
        Sealed sealed = sealer.seal(secret, AAD);
        assertThrows(UnsealingException.class, () -> new AesGcmSealer(random(32)).open(sealed, AAD));
        assertThrows(UnsealingException.class,
                () -> sealer.open(sealed, AesGcmSealer.associatedData("microcred/test/v1", "northbridge", "row-2")));
        assertThrows(UnsealingException.class,
                () -> sealer.open(sealed, AesGcmSealer.associatedData("microcred/other/v1", "northbridge", "row-1")));
        // The separator keeps lists of parts apart even when their concatenations agree.
        Sealed ambiguous = sealer.seal(secret, AesGcmSealer.associatedData("microcred/test/v1", "north", "bridgerow-1"));
        assertThrows(UnsealingException.class, () -> sealer.open(ambiguous, AAD));
    }

    @Test
    void aValueSealedBeforeThisClassStillOpens() {
        // Sealed by enrolment's former OutboundSecrets (its own AES-GCM code) under the test-only key 00 01 .. 1f,
        // with the endpoint id as associated data, stored as base64 of nonce || ciphertext+tag.
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        byte[] stored = Base64.getDecoder().decode(
                "+egf50720VFRKDsEwI2RCN+PMW3OgptlagWmXvEsGYihGQq7B4Jd4lunVEoyQo1OVIQyH+flXhvGmdw=");
        byte[] opened = new AesGcmSealer(key).open(Sealed.split(stored),
                AesGcmSealer.associatedData("8a1c2c1e-0000-4000-8000-000000000001"));
        assertEquals("whsec_test-only-outbound-secret", new String(opened, StandardCharsets.UTF_8));
    }

    @Test
    void theKeyMustBe256BitsAndAWrongOneIsNamedNotShown() {
        assertThrows(IllegalArgumentException.class, () -> new AesGcmSealer(random(16)));
        assertThrows(IllegalArgumentException.class, () -> new AesGcmSealer(null));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> AesGcmSealer.decodeKey(" ", "MICROCRED_TEST_KEY"));
        assertTrue(missing.getMessage().startsWith("MICROCRED_TEST_KEY is not set"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> AesGcmSealer.decodeKey(null, "MICROCRED_TEST_KEY"));
        IllegalStateException notBase64 = assertThrows(IllegalStateException.class,
                () -> AesGcmSealer.decodeKey("not base64!", "MICROCRED_TEST_KEY"));
        assertTrue(notBase64.getMessage().contains("base64"), notBase64.getMessage());
        String short16 = Base64.getEncoder().encodeToString(random(16));
        IllegalStateException tooShort = assertThrows(IllegalStateException.class,
                () -> AesGcmSealer.decodeKey(short16, "MICROCRED_TEST_KEY"));
        assertTrue(tooShort.getMessage().contains("32 bytes") && !tooShort.getMessage().contains(short16));
        byte[] key = random(32);
        assertArrayEquals(key, AesGcmSealer.decodeKey(" " + Base64.getEncoder().encodeToString(key) + "\n", "K"));
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
