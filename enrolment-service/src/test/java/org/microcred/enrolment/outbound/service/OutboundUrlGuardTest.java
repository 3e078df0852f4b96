package org.microcred.enrolment.outbound.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcred.enrolment.outbound.OutboundConfig;
import org.microcred.support.outbound.CheckedTarget;
import org.microcred.support.outbound.HostAddresses;
import org.microcred.support.problem.ProblemException;

/** The production settings (no http, no private address): what the subscription and the sender refuse. */
class OutboundUrlGuardTest {

    private static final Vertx VERTX = Vertx.vertx();
    private final OutboundUrlGuard guard = new OutboundUrlGuard(new HostAddresses(VERTX), new Production());

    @AfterAll
    static void close() {
        VERTX.closeAndAwait();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://localhost:8443/hook", "https://10.1.2.3/",
            "https://172.20.0.5/", "https://192.168.0.1/", "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/", "https://[::1]/", "https://[fe80::1]/", "https://[fd00::1]/",
            "https://[::ffff:127.0.0.1]/", "https://[::ffff:a9fe:a9fe]/", "https://0.0.0.0/", "https://224.0.0.1/"})
    void nonPublicAddressesAreRefused(String url) {
        assertEquals(422, refusal(url).status(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "ftp://93.184.215.14/", "HTTP://93.184.215.14/"})
    void onlyHttpsIsAccepted(String url) {
        ProblemException refused = refusal(url);
        assertEquals(422, refused.status());
        assertEquals("The URL must use https", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pw@93.184.215.14/", "https://93.184.215.14/#x", "not a url", "/relative",
            "https:///nohost"})
    void malformedUrlsAre400(String url) {
        assertEquals(400, refusal(url).status(), url);
    }

    @Test
    void aTooLongUrlIs400() {
        assertEquals(400, refusal("https://93.184.215.14/" + "a".repeat(2048)).status());
    }

    @Test
    void aPublicAddressPassesWithItsPortPathAndQuery() {
        CheckedTarget target = guard.check("https://93.184.215.14:8443/hooks/lms?x=1").await()
                .atMost(Duration.ofSeconds(5));
        assertEquals("93.184.215.14", target.address().getHostAddress());
        assertEquals(8443, target.url().port());
        assertEquals("/hooks/lms?x=1", target.url().pathAndQuery());
        assertEquals(true, target.url().https());
    }

    private ProblemException refusal(String url) {
        return assertThrows(ProblemException.class, () -> guard.check(url).await().atMost(Duration.ofSeconds(5)),
                url);
    }

    private static final class Production implements OutboundConfig {
        public Optional<String> secretKey() {
            return Optional.empty();
        }

        public boolean allowHttp() {
            return false;
        }

        public boolean allowPrivateAddresses() {
            return false;
        }

        public Duration connectTimeout() {
            return Duration.ofSeconds(5);
        }

        public Duration readTimeout() {
            return Duration.ofSeconds(10);
        }

        public List<Duration> retryDelays() {
            return List.of(Duration.ofSeconds(5));
        }

        public Duration rotationOverlap() {
            return Duration.ofHours(24);
        }

        public Duration sendInterval() {
            return Duration.ofSeconds(5);
        }

        public boolean senderEnabled() {
            return true;
        }

        public Duration leaseMargin() {
            return Duration.ofSeconds(30);
        }

        public Optional<List<String>> trustCertificates() {
            return Optional.empty();
        }

        public int maxEndpointsPerTenant() {
            return 20;
        }

        public int perEndpointConcurrency() {
            return 4;
        }
    }
}
