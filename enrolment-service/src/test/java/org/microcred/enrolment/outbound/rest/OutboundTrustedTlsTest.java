package org.microcred.enrolment.outbound.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.outbound.rest.OutboundWebhookTest.Endpoint;

/**
 * HTTPS endpoints whose certificates {@code microcred.outbound.trust-certificates} trusts (self-signed ones made for
 * this run): one made for {@code localhost} is reached, one made for another name is refused all the same, since the
 * name is verified too.
 */
@Tag("servers")
@QuarkusTest
@TestProfile(OutboundTrustedTlsTest.TrustingTestCertificates.class)
class OutboundTrustedTlsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** One directory per test JVM: the profile writes the certificates there before the application starts. */
    private static final Path DIR = Path.of("target", "outbound-tls-" + ProcessHandle.current().pid());

    public static class TrustingTestCertificates implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("microcred.outbound.trust-certificates",
                    certificate("localhost").pem().toAbsolutePath() + ","
                            + certificate("example.invalid").pem().toAbsolutePath());
        }
    }

    @Test
    void aTrustedCertificateForTheUrlsHostIsDeliveredAndSigned() {
        try (TlsReceiver receiver = TlsReceiver.start(certificate("localhost"))) {
            Endpoint endpoint = OutboundWebhookTest.create(receiver.url(), List.of("credential.issued"), null);
            try {
                UUID credential = UUID.randomUUID();
                OutboundWebhookTest.publish(credential, OutboundWebhookTest.issued(credential));
                await().atMost(WAIT).until(() -> OutboundWebhookTest.delivery(endpoint, credential) != null
                        && "DELIVERED".equals(OutboundWebhookTest.delivery(endpoint, credential).getString("status")));
                List<Receiver.Request> got = receiver.about(credential.toString());
                assertEquals(1, got.size());
                OutboundWebhookTest.verify(endpoint.secret(), got.get(0)); // throws unless signed with its secret
                JsonPath detail = OutboundWebhookTest.detail(endpoint, got.get(0).id());
                assertEquals(List.of(200), detail.getList("history.httpStatus"));
            } finally {
                OutboundWebhookTest.delete(endpoint);
            }
        }
    }

    @Test
    void aTrustedCertificateForAnotherNameIsRefused() {
        try (TlsReceiver receiver = TlsReceiver.start(certificate("example.invalid"))) {
            Endpoint endpoint = OutboundWebhookTest.create(receiver.url(), List.of("credential.issued"), null);
            try {
                UUID credential = UUID.randomUUID();
                OutboundWebhookTest.publish(credential, OutboundWebhookTest.issued(credential));
                await().atMost(WAIT).until(() -> OutboundWebhookTest.delivery(endpoint, credential) != null
                        && OutboundWebhookTest.delivery(endpoint, credential).getInt("attempts") >= 1);
                JsonPath detail = OutboundWebhookTest.detail(endpoint,
                        OutboundWebhookTest.delivery(endpoint, credential).getString("id"));
                assertEquals("PENDING", detail.getString("status"));
                assertNull(detail.get("history[0].httpStatus"));
                String error = detail.getString("history[0].error");
                assertTrue(error.contains("SSL") && error.contains("localhost"), error);
                assertTrue(receiver.requests.isEmpty(), "nothing sent to a server of another name");
            } finally {
                OutboundWebhookTest.delete(endpoint);
            }
        }
    }

    /** The certificate made for {@code name} in this run (made on first use). */
    static TestCertificate certificate(String name) {
        return TestCertificate.of(DIR, name);
    }
}
