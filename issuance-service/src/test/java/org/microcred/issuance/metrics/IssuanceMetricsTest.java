package org.microcred.issuance.metrics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.issuance.Awards;
import org.microcred.support.testing.Scrape;
import org.microcred.support.testing.Tokens;

/** /q/metrics of issuance-service: credentials issued, revoked, suspended; signing time; outbox published. */
@Tag("servers")
@QuarkusTest
class IssuanceMetricsTest {

    private static final String TENANT = "northbridge";

    @Test
    void metricsArePublicPrometheusTextWithTheSigningHistogram() {
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE microcred_outbox_oldest_age_seconds gauge"));
    }

    @Test
    void anAwardDeliveredTwiceIsIssuedAndCountedOnceAndItsSigningTimed() {
        double issued = Scrape.settled("microcred_credentials_issued_total", "tenant", TENANT);
        double signed = Scrape.value("microcred_signing_seconds_count", "proof", "data-integrity");
        double jwts = Scrape.value("microcred_signing_seconds_count", "proof", "vc-jwt");
        Awards awards = new Awards(TENANT, "Counted award");
        awards.publishCatalogue();
        EventEnvelope<AssessmentDecided> award = awards.decided(UUID.randomUUID(), Decision.AWARD);
        awards.publish(award);
        awards.publish(award);
        awards.awaitCredential("nb-admin", award.payload().assessmentId());
        awards.issueAnother("nb-admin"); // applied after the repeat, on the same key: the repeat is done by then

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(issued + 2,
                Scrape.value("microcred_credentials_issued_total", "tenant", TENANT),
                Scrape.lines("microcred_credentials_issued_total")));
        assertTrue(Scrape.value("microcred_signing_seconds_count", "proof", "data-integrity") >= signed + 2);
        assertTrue(Scrape.value("microcred_signing_seconds_count", "proof", "vc-jwt") >= jwts + 2);
        assertTrue(Scrape.text().contains("microcred_signing_seconds_bucket{"), "a histogram, for percentiles");
    }

    @Test
    void aSuspensionAndARevocationAreCountedPerTenantAndARefusedOneIsNot() {
        Awards awards = new Awards(TENANT, "Counted status changes");
        UUID id = awards.issue("nb-admin");
        double suspended = Scrape.value("microcred_credentials_suspended_total", "tenant", TENANT);
        double revoked = Scrape.value("microcred_credentials_revoked_total", "tenant", TENANT);

        change(id, "suspend").statusCode(200);
        change(id, "suspend").statusCode(409);
        change(id, "revoke").statusCode(200);
        change(id, "revoke").statusCode(409);

        assertEquals(suspended + 1, Scrape.value("microcred_credentials_suspended_total", "tenant", TENANT));
        assertEquals(revoked + 1, Scrape.value("microcred_credentials_revoked_total", "tenant", TENANT));
    }

    @Test
    void publishedOutboxRowsAreCounted() {
        double published = Scrape.value("microcred_outbox_published_total");
        new Awards(TENANT, "Counted publication").issue("nb-admin");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(
                Scrape.value("microcred_outbox_published_total") >= published + 1));
    }

    private static io.restassured.response.ValidatableResponse change(UUID id, String action) {
        return given().auth().oauth2(Tokens.user("nb-admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Counted")).post("/api/v1/credentials/" + id + "/" + action).then();
    }
}
