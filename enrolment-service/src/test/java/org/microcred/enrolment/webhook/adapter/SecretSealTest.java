package org.microcred.enrolment.webhook.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

/** Shared secrets sealed at rest: they open only under the same key, for the same tenant and platform. */
class SecretSealTest {

    private static final String SECRET = "test-only-shared-secret-0123456789abcdef";

    @Test
    void aSealedSecretOpensOnlyForItsOwnTenantPlatformAndKey() {
        SecretSeal seal = new SecretSeal(config(key('a')));
        SecretSeal.Sealed sealed = seal.seal(SECRET, "northbridge", Platform.MOODLE);
        assertNotEquals(SECRET, new String(sealed.ciphertext(), StandardCharsets.UTF_8));
        assertEquals(SECRET, seal.open(sealed, "northbridge", Platform.MOODLE));
        assertNull(seal.open(sealed, "southport", Platform.MOODLE));
        assertNull(seal.open(sealed, "northbridge", Platform.OPENEDX));
        assertNull(new SecretSeal(config(key('b'))).open(sealed, "northbridge", Platform.MOODLE));
        assertNotEquals(Base64.getEncoder().encodeToString(sealed.nonce()),
                Base64.getEncoder().encodeToString(seal.seal(SECRET, "northbridge", Platform.MOODLE).nonce()));
    }

    @Test
    void withoutAKeyNothingIsSealedAndTheProblemSaysWhatToSet() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new SecretSeal(config(null)).seal(SECRET, "northbridge", Platform.MOODLE));
        assertEquals(503, e.status());
        assertEquals("https://microcred.org/problems/secret-key-missing", e.toProblem(null).type());
    }

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.UTF_8));
    }

    private static AdapterConfig config(String key) {
        return new AdapterConfig() {
            @Override
            public Optional<String> secretKey() {
                return Optional.ofNullable(key);
            }

            @Override
            public Duration jwksTtl() {
                return Duration.ofHours(1);
            }

            @Override
            public Duration jwksRefetchInterval() {
                return Duration.ofMinutes(1);
            }

            @Override
            public Duration jwksTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public boolean allowHttpJwks() {
                return false;
            }

            @Override
            public boolean allowLoopbackJwks() {
                return false;
            }

            @Override
            public int maxCourseMappings() {
                return 1000;
            }
        };
    }
}
