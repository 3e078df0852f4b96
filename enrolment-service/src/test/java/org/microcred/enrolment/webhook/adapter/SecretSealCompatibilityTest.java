package org.microcred.enrolment.webhook.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Secrets sealed before the shared sealer still open; a malformed key is refused when the bean is made. */
class SecretSealCompatibilityTest {

    @Test
    void aSecretSealedBeforeTheSharedSealerStillOpens() {
        // Sealed by the former SecretSeal (its own AES-GCM code) under the test-only key 00 01 .. 1f.
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) i;
        }
        SecretSeal seal = new SecretSeal(config(Base64.getEncoder().encodeToString(key)));
        SecretSeal.Sealed stored = new SecretSeal.Sealed(
                Base64.getDecoder().decode("IEvEH9Ex+0PBgglS7ibEh/FjxwoGYrJtJw2IoNF156AsaI9nhBQh"),
                Base64.getDecoder().decode("V7/1INFCl2aS/KLi"));
        assertEquals("test-only-shared-secret", seal.open(stored, "northbridge", Platform.MOODLE));
        assertNull(seal.open(stored, "northbridge", Platform.OPENEDX));
    }

    @Test
    void aMalformedKeyIsRefusedWithItsNameNotItsValue() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SecretSeal(config(short16)));
        assertTrue(e.getMessage().contains("MICROCRED_LMS_ADAPTERS_SECRET_KEY") && e.getMessage().contains("32 bytes"),
                e.getMessage());
        assertThrows(IllegalStateException.class, () -> new SecretSeal(config("not base64!")));
    }

    private static AdapterConfig config(String key) {
        return (AdapterConfig) Proxy.newProxyInstance(AdapterConfig.class.getClassLoader(),
                new Class<?>[] {AdapterConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("secretKey")) {
                        return Optional.ofNullable(key);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
