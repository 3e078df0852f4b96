package org.microcred.enrolment.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.analytics.AnalyticsJourneys.Journey;
import org.microcred.enrolment.rest.Approvals;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.Decision;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** A pathway's progress from seeded journeys: distinct earners enrolled, started, completed; each component's counts. */
@Tag("servers")
@QuarkusTest
class PathwayAnalyticsTest {

    private static final Instant MARCH = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void earnersThroughAPathwayAndEachOfItsComponents() {
        String admin = Tokens.user("nb-admin");
        UUID x = EnrolmentFixture.published("Pathway X " + UUID.randomUUID());
        UUID y = EnrolmentFixture.published("Pathway Y " + UUID.randomUUID());
        Map<String, Object> rule = Map.of("kind", "allOf", "items",
                List.of(Map.of("achievementId", x), Map.of("achievementId", y)));
        String pathway = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("name", "Stack " + UUID.randomUUID(), "description", "Two.", "criteriaNarrative", "Both.",
                        "rule", rule))
                .post("/api/v1/pathways").then().statusCode(201).extract().path("id");
        Approvals.publish(admin, "/api/v1/pathways/" + pathway).then().statusCode(200);

        String e1 = "earner-" + UUID.randomUUID();
        String e2 = "earner-" + UUID.randomUUID();
        String e3 = "earner-" + UUID.randomUUID();
        List<Journey> journeys = List.of(
                new Journey("northbridge", x, 1, e1, MARCH).draft(1).submitted(1, 2)
                        .decided(1, Decision.AWARD, 2, 5, Map.of(), null).issued(8),
                new Journey("northbridge", y, 1, e1, MARCH.plus(Duration.ofDays(1))).submitted(1, 2)
                        .decided(1, Decision.AWARD, 2, 5, Map.of(), null).issued(8),
                new Journey("northbridge", x, 1, e2, MARCH).draft(3),
                new Journey("northbridge", y, 1, e3, MARCH),
                // Outside the period: not counted.
                new Journey("northbridge", y, 1, e3, Instant.parse("2026-06-01T00:00:00Z")).draft(1));
        journeys.forEach(j -> j.events.forEach(AnalyticsJourneys::publish));
        PathwayCompleted completed = new PathwayCompleted(UUID.fromString(pathway), 1, "Stack", "Two.", "Both.",
                "Certificate", null, e1, "e@x", "E", List.of(), MARCH.plus(Duration.ofDays(2)));
        for (int copy = 0; copy < 2; copy++) {
            TestKafka.publish("test.", pathway + ":" + e1,
                    EventEnvelope.wrap(completed, "northbridge", pathway + ":" + e1, MARCH, null));
        }

        String url = "/api/v1/analytics/pathways/" + pathway + "?from=2026-03-01&to=2026-03-31";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.user("nb-release"))
                .get(url).then().statusCode(200)
                .body("earnersEnrolled", equalTo(3))
                .body("earnersStarted", equalTo(2))
                .body("earnersCompleted", equalTo(1))
                .body("completionRate", equalTo(0.3333f))
                .body("components.achievementId", equalTo(List.of(x.toString(), y.toString())))
                .body("components.enrolled", equalTo(List.of(2, 2)))
                .body("components.started", equalTo(List.of(2, 1)))
                .body("components.awarded", equalTo(List.of(1, 1)))
                .body("components.issued", equalTo(List.of(1, 1))));
        given().auth().oauth2(admin).accept("text/csv").get(url).then().statusCode(200)
                .body(containsString("earners,completed,count,1\r\n"))
                .body(containsString("component," + x + ",started,2\r\n"));
        given().auth().oauth2(Tokens.user("nb-earner")).get(url).then().statusCode(403);
        given().auth().oauth2(Tokens.user("sp-admin")).get(url).then().statusCode(404);
    }
}
