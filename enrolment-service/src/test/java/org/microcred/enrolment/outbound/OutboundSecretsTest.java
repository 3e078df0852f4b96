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
}
