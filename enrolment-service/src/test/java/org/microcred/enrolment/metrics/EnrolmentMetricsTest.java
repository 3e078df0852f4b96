package org.microcred.enrolment.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.enrolment.webhook.rest.WebhookSigner;
import org.microcred.support.testing.Scrape;

/** /q/metrics of enrolment-service: public Prometheus text; webhook deliveries by result; enrolments per tenant. */
@Tag("servers")
@QuarkusTest
class EnrolmentMetricsTest {

    private static final String TENANT = "northbridge";
    private static final String DELIVERIES = "microcred_webhook_deliveries_total";

    @Test
    void metricsArePublicPrometheusText() {
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE microcred_outbox_backlog gauge"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void aDeliverySentTwiceIsReceivedAndProcessedOnceAndEnrolsOnce() {
        double received = Scrape.value(DELIVERIES, "result", "received");
        double processed = Scrape.settled(DELIVERIES, "result", "processed");
        double enrolments = Scrape.settled("microcred_enrolments_total", "tenant", TENANT);
        UUID achievement = EnrolmentFixture.published("Counted " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "counted-" + UUID.randomUUID());
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();

        WebhookSigner.deliver(TENANT, id, now, body).then().statusCode(202);
        WebhookSigner.deliver(TENANT, id, now, body).then().statusCode(202);
        assertEquals("PROCESSED", WebhookSigner.settled(TENANT, id).getString("status"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertEquals(received + 1, Scrape.value(DELIVERIES, "result", "received"), Scrape.lines(DELIVERIES));
            assertEquals(processed + 1, Scrape.value(DELIVERIES, "result", "processed"), Scrape.lines(DELIVERIES));
            assertEquals(enrolments + 1, Scrape.value("microcred_enrolments_total", "tenant", TENANT),
                    Scrape.lines("microcred_enrolments_total"));
        });
    }

    @Test
    void aDeliveryWithABadSignatureIsCountedRejected() {
        double rejected = Scrape.value(DELIVERIES, "result", "rejected");
        WebhookSigner.deliverSigned(TENANT, "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond(), "{}",
                "v1,bm90IGEgc2lnbmF0dXJl").then().statusCode(401);
        assertEquals(rejected + 1, Scrape.value(DELIVERIES, "result", "rejected"), Scrape.lines(DELIVERIES));
    }
}
