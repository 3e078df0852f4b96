package org.microcred.assessment.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.support.testing.Scrape;

/** /q/metrics of assessment-service: public Prometheus text; final decisions by outcome, refused ones not counted. */
@Tag("servers")
@QuarkusTest
class DecisionMetricsTest {

    private static final String DECISIONS = "microcred_decisions_total";

    @Test
    void metricsArePublicPrometheusText() {
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE microcred_outbox_parked gauge"));
    }

    @Test
    void aDecisionIsCountedByOutcomeOnceAndARefusedOneIsNot() {
        double awards = Scrape.value(DECISIONS, "outcome", "award");
        double revisions = Scrape.value(DECISIONS, "outcome", "revise");

        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor");
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("exemplary", "yes"))
                .statusCode(200);
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("exemplary", "yes"))
                .statusCode(409);
        Task another = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor");
        AssessmentFixture.decide("nb-assessor", another.id(), AssessmentFixture.scores("emerging", "yes"))
                .statusCode(200);

        assertEquals(awards + 1, Scrape.value(DECISIONS, "outcome", "award"), Scrape.lines(DECISIONS));
        assertEquals(revisions + 1, Scrape.value(DECISIONS, "outcome", "revise"), Scrape.lines(DECISIONS));
    }
}
