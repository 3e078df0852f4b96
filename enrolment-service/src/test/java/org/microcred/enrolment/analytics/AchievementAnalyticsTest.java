package org.microcred.enrolment.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.analytics.AnalyticsJourneys.Journey;
import org.microcred.enrolment.analytics.AnalyticsJourneys.Keyed;
import org.microcred.enrolment.rest.Approvals;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.assessment.Decision;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.testing.Tokens;

/**
 * A micro-credential's figures from seeded journeys whose outcomes are known, every event sent twice and each
 * journey's events in reverse order (later stages before earlier ones): exactly the expected figures, as JSON and CSV;
 * the period and version filters; who may read them.
 */
@Tag("servers")
@QuarkusTest
class AchievementAnalyticsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant MARCH = Instant.parse("2026-03-02T09:00:00Z");
    private static final Map<String, Object> RUBRIC = Map.of("criteria", List.of(
            Map.of("id", "objectives", "name", "Objectives",
                    "levels", List.of(Map.of("id", "emerging", "name", "Emerging"),
                            Map.of("id", "proficient", "name", "Proficient")),
                    "requiredLevelId", "proficient"),
            Map.of("id", "reflection", "name", "Reflection",
                    "levels", List.of(Map.of("id", "basic", "name", "Basic"), Map.of("id", "good", "name", "Good"),
                            Map.of("id", "excellent", "name", "Excellent")),
                    "requiredLevelId", "good")));

    private static UUID achievement;
    private static String path;

    /** Once for the class, on the running application (the tests share the seeded journeys). */
    private static synchronized void seed() {
        if (achievement != null) {
            return;
        }
        achievement = EnrolmentFixture.published("nb-admin", "Analytics " + UUID.randomUUID(),
                Map.of("feedbackTargetDays", 2, "rubric", RUBRIC));
        path = "/api/v1/analytics/achievements/" + achievement;
        String admin = Tokens.user("nb-admin");
        given().auth().oauth2(admin).post("/api/v1/achievements/" + achievement + "/versions").then().statusCode(201);
        Approvals.publish(admin, "/api/v1/achievements/" + achievement).then().statusCode(200);

        List<Journey> journeys = new ArrayList<>();
        // A: awarded first time (24 h), second-marked, markers agreed; issued and shared.
        journeys.add(journey(1, 0).draft(1).submitted(1, 2).assigned(1, 3)
                .decided(1, Decision.AWARD, 2, 24, Map.of("objectives", "proficient", "reflection", "good"), true)
                .issued(30).shared(40).opened(3, 41).opened(5, 42));
        // B: revise (72 h, over the 2-day target), then awarded on attempt 2 (12 h), second marker disagreed.
        journeys.add(journey(1, 24).draft(1).submitted(1, 2).assigned(1, 3)
                .decided(1, Decision.REVISE, 2, 72, Map.of("objectives", "emerging", "reflection", "good"), null)
                .submitted(2, 100)
                .decided(2, Decision.AWARD, 100, 12, Map.of("objectives", "proficient", "reflection", "excellent"),
                        false)
                .issued(120));
        // C: denied after 36 h (no assignment event: the decision says it was reviewed).
        journeys.add(journey(1, 48).draft(1).submitted(1, 2)
                .decided(1, Decision.DENY, 2, 36, Map.of("objectives", "emerging", "reflection", "basic"), null));
        // D: started, then withdrew. E: enrolled, then expired.
        journeys.add(journey(1, 72).draft(5).status(EnrolmentStatus.WITHDRAWN, 50));
        journeys.add(journey(1, 96).status(EnrolmentStatus.EXPIRED, 24 * 30));
        // F: awarded by LMS progress (no submission), issued to a learner without an account, who claimed it.
        journeys.add(journey(1, 100).progressAward(10).issued(11).claimed(20));
        // G: version 2, submitted, not decided yet.
        journeys.add(journey(2, 8 * 24).draft(1).submitted(1, 3));
        // H: April, version 1: submitted and awarded (outside March).
        Journey april = new Journey("northbridge", achievement, 1, "earner-" + UUID.randomUUID(),
                Instant.parse("2026-04-05T10:00:00Z"));
        journeys.add(april.submitted(1, 1).decided(1, Decision.AWARD, 1, 5, Map.of("objectives", "proficient"), null));
        // Another institution's events naming the same micro-credential: never counted here.
        journeys.add(new Journey("southport", achievement, 1, "sp-" + UUID.randomUUID(), MARCH).draft(1)
                .submitted(1, 2));

        for (int round = 0; round < 2; round++) {
            for (Journey j : journeys) {
                List<Keyed> reversed = new ArrayList<>(j.events);
                Collections.reverse(reversed);
                reversed.forEach(AnalyticsJourneys::publish);
            }
        }
    }

    private static Journey journey(int version, int hoursAfterMarch) {
        return new Journey("northbridge", achievement, version, "earner-" + UUID.randomUUID(),
                MARCH.plus(Duration.ofHours(hoursAfterMarch)));
    }

    @Test
    void theFiguresOfMarchAreExactlyThoseOfTheSeededJourneys() {
        seed();
        until(path + "?from=2026-03-01&to=2026-03-31", r -> r
                .body("achievementId", equalTo(achievement.toString()))
                .body("cohort", equalTo("enrolledAt"))
                .body("feedbackTargetDays", equalTo(2))
                .body("funnel.stage", equalTo(List.of("enrolled", "started", "submitted", "inReview", "revise",
                        "awarded", "issued", "claimed", "shared", "withdrawn", "expired", "denied")))
                .body("funnel.count", equalTo(List.of(7, 5, 4, 3, 1, 3, 3, 1, 1, 1, 1, 1)))
                .body("funnel.from", equalTo(java.util.Arrays.asList(null, "enrolled", "started", "submitted",
                        "inReview", "inReview", "awarded", "issued", "issued", "enrolled", "enrolled", "inReview")))
                .body("funnel.conversion", equalTo(java.util.Arrays.asList(null, 0.7143f, 0.8f, 0.75f, 0.3333f, 1.0f,
                        1.0f, 0.3333f, 0.3333f, 0.1429f, 0.1429f, 0.3333f)))
                .body("funnel.dropOff", equalTo(java.util.Arrays.asList(null, 2, 1, 1, null, 0, 0, null, 2, null, null,
                        null)))
                .body("timeToDecision.count", equalTo(4))
                .body("timeToDecision.p50Hours", equalTo(30.0f))
                .body("timeToDecision.p90Hours", equalTo(61.2f))
                .body("timeToDecision.overTarget", equalTo(1))
                .body("timeToDecision.overTargetShare", equalTo(0.25f))
                .body("timeToFirstFeedback.count", equalTo(3))
                .body("timeToFirstFeedback.p50Hours", equalTo(36.0f))
                .body("timeToFirstFeedback.p90Hours", equalTo(64.8f))
                .body("decisions.count", equalTo(5))
                .body("decisions.award", equalTo(3))
                .body("decisions.revise", equalTo(1))
                .body("decisions.deny", equalTo(1))
                .body("decisions.passRate", equalTo(0.6f))
                .body("decisions.reviseRate", equalTo(0.2f))
                .body("decisions.denyRate", equalTo(0.2f))
                .body("attemptsPerAward.awards", equalTo(3))
                .body("attemptsPerAward.mean", equalTo(1.33f))
                .body("criteriaBelowRequired.criterionId", equalTo(List.of("objectives", "reflection")))
                .body("criteriaBelowRequired.judged", equalTo(List.of(4, 4)))
                .body("criteriaBelowRequired.belowRequired", equalTo(List.of(2, 1)))
                .body("criteriaBelowRequired.share", equalTo(List.of(0.5f, 0.25f)))
                .body("secondMarking.decisions", equalTo(2))
                .body("secondMarking.agreed", equalTo(1))
                .body("secondMarking.disagreed", equalTo(1))
                .body("secondMarking.agreementRate", equalTo(0.5f))
                .body("credentialUse.shares", equalTo(1))
                .body("credentialUse.sharedCredentials", equalTo(1))
                .body("credentialUse.shareViews", equalTo(5))
                .body("survey.responses", equalTo(0)));
    }

    @Test
    void theSameFiguresAsCsv() {
        seed();
        until(path + "?from=2026-03-01&to=2026-03-31", r -> r.body("funnel[0].count", equalTo(7))
                .body("decisions.count", equalTo(5)));
        String csv = given().auth().oauth2(Tokens.user("nb-release")).accept("text/csv")
                .get(path + "?from=2026-03-01&to=2026-03-31")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(startsWith("section,item,measure,value\r\n"))
                .extract().asString();
        for (String line : List.of("report,achievementId,value," + achievement, "report,from,value,2026-03-01",
                "funnel,enrolled,count,7", "funnel,started,conversion,0.7143", "funnel,shared,dropOff,2",
                "timeToDecision,p90,hours,61.20", "timeToDecision,overTarget,share,0.2500",
                "timeToFirstFeedback,p50,hours,36.00", "decisions,award,rate,0.6000", "attemptsPerAward,attempts,mean,1.33",
                "criteriaBelowRequired,objectives,belowRequired,2", "secondMarking,agreed,rate,0.5000",
                "credentialUse,shareViews,count,5")) {
            org.junit.jupiter.api.Assertions.assertTrue(csv.contains(line + "\r\n"), () -> line + " in\n" + csv);
        }
        given().auth().oauth2(Tokens.user("nb-admin")).get(path + "?from=2026-03-01&to=2026-03-31&format=csv")
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .body(containsString("funnel,enrolled,count,7\r\n"));
    }

    @Test
    void theVersionAndThePeriodChooseTheCohort() {
        seed();
        until(path + "?version=2&from=2026-03-01&to=2026-03-31", r -> r
                .body("version", equalTo(2))
                .body("funnel.count", equalTo(List.of(1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0))));
        until(path + "?from=2026-04-01&to=2026-04-30", r -> r
                .body("funnel.count", equalTo(List.of(1, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0)))
                .body("timeToDecision.p50Hours", equalTo(5.0f)));
        until(path, r -> r.body("funnel[0].count", equalTo(8)));
        until(path + "?version=1&to=2026-03-02", r -> r.body("funnel[0].count", equalTo(1)));
        given().auth().oauth2(Tokens.user("nb-admin")).get(path + "?version=3").then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-admin")).get(path + "?from=2026-03-31&to=2026-03-01")
                .then().statusCode(400).body("type", equalTo("https://microcred.org/problems/validation"));
        given().auth().oauth2(Tokens.user("nb-admin")).get(path + "?from=2026-02-30")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.user("nb-admin")).get(path + "?from=March")
                .then().statusCode(400);
    }

    @Test
    void onlyTheInstitutionsAdminsAndReleaseManagersReadIt() {
        seed();
        given().auth().oauth2(Tokens.user("nb-earner")).get(path).then().statusCode(403);
        given().auth().oauth2(Tokens.user("nb-assessor")).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);
        given().auth().oauth2(Tokens.user("sp-admin")).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.user("sp-release")).get(path + "?format=csv").then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-release")).get(path).then().statusCode(200);
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/analytics/achievements/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID replayed = EnrolmentFixture.published("nb-admin", "Analytics replay " + UUID.randomUUID(),
                Map.of("feedbackTargetDays", 2, "rubric", RUBRIC));
        String url = "/api/v1/analytics/achievements/" + replayed;
        Journey j = new Journey("northbridge", replayed, 1, "earner-" + UUID.randomUUID(), MARCH).draft(1)
                .submitted(1, 2).decided(1, Decision.REVISE, 2, 10, Map.of("objectives", "emerging"), null)
                .submitted(2, 20).decided(2, Decision.AWARD, 20, 4, Map.of("objectives", "proficient"), true)
                .issued(30).shared(31);
        j.events.forEach(AnalyticsJourneys::publish);
        Consumer<ValidatableResponse> march = r -> r
                .body("funnel.count", equalTo(List.of(1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0, 0)))
                .body("decisions.count", equalTo(2)).body("attemptsPerAward.mean", equalTo(2.0f))
                .body("timeToDecision.count", equalTo(2)).body("timeToDecision.p50Hours", equalTo(7.0f))
                .body("criteriaBelowRequired[0].judged", equalTo(2))
                .body("secondMarking.decisions", equalTo(1));
        until(url + "?to=2026-03-31", march);

        // Every event again, then a May journey's events under the same keys (so on the same partitions, read after
        // the copies): once May shows, every copy was read.
        j.events.forEach(AnalyticsJourneys::publish);
        Journey may = new Journey("northbridge", replayed, 1, j.earnerId, Instant.parse("2026-05-04T09:00:00Z"))
                .submitted(1, 1).decided(1, Decision.AWARD, 1, 1, Map.of(), null).issued(3).shared(4);
        may.events.forEach(e -> AnalyticsJourneys.publish(new Keyed(
                e.key().equals(j.earnerId) ? j.earnerId : j.enrolmentId.toString(), e.event())));
        until(url + "?from=2026-05-01", r -> r.body("funnel.count",
                equalTo(List.of(1, 1, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0))));
        march.accept(given().auth().oauth2(Tokens.user("nb-admin")).get(url + "?to=2026-03-31").then().statusCode(200));
    }

    private static void until(String url, Consumer<ValidatableResponse> check) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> check.accept(
                given().auth().oauth2(Tokens.user("nb-admin")).get(url).then().statusCode(200)));
    }

}
