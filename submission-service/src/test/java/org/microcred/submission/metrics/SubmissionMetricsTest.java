package org.microcred.submission.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.submission.rest.Journeys;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.Scrape;
import org.microcred.support.testing.Tokens;

/** /q/metrics of submission-service: public Prometheus text; submissions per tenant, a repeated submit once. */
@Tag("servers")
@QuarkusTest
class SubmissionMetricsTest {

    private static final String SUBMISSIONS = "microcred_submissions_total";

    @Test
    void metricsArePublicPrometheusText() {
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE microcred_outbox_published_total counter"));
    }

    @Test
    void aSubmissionIsCountedForItsTenantOnceEvenWhenSubmittedAgain() {
        Journey journey = Journeys.enrolled("nb-earner");
        double before = Scrape.value(SUBMISSIONS, "tenant", journey.tenant());

        UUID id = Journeys.submittedAttempt(journey, Samples.PDF);
        // a client retrying after a lost answer gets its receipt again, and nothing is counted twice
        given().auth().oauth2(Tokens.user("nb-earner")).post("/api/v1/submissions/" + id + "/submit")
                .then().statusCode(200);

        assertEquals(before + 1, Scrape.value(SUBMISSIONS, "tenant", journey.tenant()), Scrape.lines(SUBMISSIONS));
    }
}
