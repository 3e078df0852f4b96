package org.microcred.enrolment.outbound.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.outbound.rest.OutboundWebhookTest.Endpoint;

/**
 * HTTPS endpoints with the default trust (no {@code microcred.outbound.trust-certificates}): a certificate no CA of
 * the JDK signed is refused, and the attempt records the TLS error. Trusted certificates: {@link OutboundTrustedTlsTest}.
 */
@Tag("servers")
@QuarkusTest
class OutboundTlsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aSelfSignedCertificateIsRefusedWithoutTheTrustSetting() throws IOException {
        TestCertificate certificate = TestCertificate.of(Files.createTempDirectory("outbound-tls"), "localhost");
        try (TlsReceiver receiver = TlsReceiver.start(certificate)) {
            Endpoint endpoint = OutboundWebhookTest.create(receiver.url(), List.of("credential.issued"), null);
            try {
                UUID credential = UUID.randomUUID();
                OutboundWebhookTest.publish(credential, OutboundWebhookTest.issued(credential));
                await().atMost(WAIT).until(() -> OutboundWebhookTest.delivery(endpoint, credential) != null
                        && OutboundWebhookTest.delivery(endpoint, credential).getInt("attempts") >= 1);
                JsonPath detail = OutboundWebhookTest.detail(endpoint,
                        OutboundWebhookTest.delivery(endpoint, credential).getString("id"));
                assertEquals("PENDING", detail.getString("status"), "retried later");
                assertNull(detail.get("history[0].httpStatus"));
                String error = detail.getString("history[0].error");
                assertTrue(error.contains("SSL") && error.contains("certification path"), error);
                assertTrue(receiver.requests.isEmpty(), "nothing sent over an unverified connection");
            } finally {
                OutboundWebhookTest.delete(endpoint);
            }
        }
    }
}
