package org.microcred.enrolment.webhook.adapter.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.webhook.adapter.AdapterConfig;
import org.microcred.support.outbound.CheckedTarget;
import org.microcred.support.outbound.HostAddresses;
import org.microcred.support.problem.ProblemException;

/** The JWKS URL rules with production settings (no http, no loopback) and with the tests' (loopback only). */
class JwksUrlGuardTest {

    private static final Vertx VERTX = Vertx.vertx();
    private static final JwksUrlGuard PRODUCTION = new JwksUrlGuard(new HostAddresses(VERTX), config(false, false));
    private static final JwksUrlGuard TESTS = new JwksUrlGuard(new HostAddresses(VERTX), config(true, true));

    @AfterAll
    static void close() {
        VERTX.closeAndAwait();
    }

    @Test
    void productionRefusesLoopbackHttpAndEveryNonPublicAddressBeforeAFetch() {
        assertUnsafe(PRODUCTION, "https://127.0.0.1:8443/jwks", "loopback");
        assertUnsafe(PRODUCTION, "https://[::1]/jwks", "loopback");
        assertUnsafe(PRODUCTION, "https://169.254.169.254/latest/meta-data/", "link-local");
        assertUnsafe(PRODUCTION, "https://10.0.0.8/jwks", "private");
        assertUnsafe(PRODUCTION, "http://93.184.215.14/jwks", "https");
        CheckedTarget target = PRODUCTION.check("https://93.184.215.14:8443/api/lti/security/jwks")
                .await().atMost(Duration.ofSeconds(5));
        assertEquals("93.184.215.14", target.address().getHostAddress(), "the fetch connects to this address");
        assertEquals(8443, target.url().port());
        assertEquals("/api/lti/security/jwks", target.url().pathAndQuery());
    }

    @Test
    void theTestSettingAllowsLoopbackOnlyAndAnUnresolvableHostIsRefusedAtFetchButNotAtConfiguration() {
        assertEquals("127.0.0.1", TESTS.check("http://127.0.0.1:9/jwks").await().atMost(Duration.ofSeconds(5))
                .address().getHostAddress());
        assertUnsafe(TESTS, "http://192.168.0.4/jwks", "private");
        assertUnsafe(TESTS, "https://[fe80::1]/jwks", "link-local");
        assertUnsafe(TESTS, "https://jwks.invalid/keys", "does not resolve");
        TESTS.checkConfigured("https://jwks.invalid/keys").await().atMost(Duration.ofSeconds(5));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> TESTS.checkConfigured("https://172.20.0.1/jwks").await().atMost(Duration.ofSeconds(5)));
        assertEquals(422, refused.status());
    }

    private static void assertUnsafe(JwksUrlGuard guard, String url, String why) {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> guard.check(url).await().atMost(Duration.ofSeconds(5)), url);
        assertEquals(422, refused.status(), url);
        assertTrue(refused.getMessage().contains(why), url + ": " + refused.getMessage());
    }

    private static AdapterConfig config(boolean allowHttp, boolean allowLoopback) {
        return new AdapterConfig() {
            @Override
            public Optional<String> secretKey() {
                return Optional.empty();
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
                return allowHttp;
            }

            @Override
            public boolean allowLoopbackJwks() {
                return allowLoopback;
            }

            @Override
            public int maxCourseMappings() {
                return 1000;
            }
        };
    }
}
