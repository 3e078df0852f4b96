package org.microcred.enrolment.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class OutboundSecretsTest {

    private final OutboundSecrets secrets = new OutboundSecrets(Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void aSealedSecretOpensOnlyForItsEndpointAndNeverShowsInClear() {
        String secret = OutboundSecrets.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        String sealed = secrets.seal(secret, "endpoint-a");
        assertFalse(sealed.contains(secret.substring(6)));
        assertEquals(secret, secrets.open(sealed, "endpoint-a"));
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> secrets.open(sealed, "endpoint-b"));
        assertFalse(wrong.getMessage().contains(secret));
        OutboundSecrets otherKey = new OutboundSecrets(Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'B'));
        assertThrows(IllegalStateException.class, () -> otherKey.open(sealed, "endpoint-a"));
    }

    @Test
    void theKeyMustBe32Bytes() {
        assertThrows(IllegalStateException.class, () -> new OutboundSecrets(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalStateException.class, () -> new OutboundSecrets("not base64!"));
    }

    @Test
    void aSecretSealedBeforeTheSharedSealerStillOpens() {
        // Sealed by the former OutboundSecrets (its own AES-GCM code) under the test-only key 00 01 .. 1f.
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        OutboundSecrets old = new OutboundSecrets(Base64.getEncoder().encodeToString(key));
        String stored = "+egf50720VFRKDsEwI2RCN+PMW3OgptlagWmXvEsGYihGQq7B4Jd4lunVEoyQo1OVIQyH+flXhvGmdw=";
        assertEquals("whsec_test-only-outbound-secret", old.open(stored, "8a1c2c1e-0000-4000-8000-000000000001"));
        assertThrows(IllegalStateException.class, () -> old.open(stored, "8a1c2c1e-0000-4000-8000-000000000002"));
    }

    @Test
    void aMissingOrMalformedKeyIsNamedNotShown() {
        IllegalStateException blank = assertThrows(IllegalStateException.class, () -> new OutboundSecrets(" "));
        assertTrue(blank.getMessage().contains("MICROCRED_OUTBOUND_SECRET_KEY"), blank.getMessage());
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> new OutboundSecrets(short16));
        assertTrue(wrong.getMessage().contains("32 bytes") && !wrong.getMessage().contains(short16));
    }
}
