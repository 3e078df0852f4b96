package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** The dashboard built from the real events of every stage, on the real broker: each stage, and replays. */
@Tag("servers")
@QuarkusTest
class DashboardTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** One journey's events, as the other services would publish them. */
    private record Journey(UUID achievementId, UUID enrolmentId, String earnerId, Instant t0) {

        EventEnvelope<SubmissionSubmitted> submitted(int attempt) {
            SubmissionSubmitted s = new SubmissionSubmitted(UUID.nameUUIDFromBytes((enrolmentId + "s" + attempt).getBytes()),
                    enrolmentId, achievementId, 1, earnerId, "e@x", "E", attempt, List.of(), List.of(),
                    at(attempt * 10), null);
            return wrap(s, at(attempt * 10));
        }

        EventEnvelope<AssessmentAssigned> assigned(int attempt) {
            AssessmentAssigned a = new AssessmentAssigned(assessment(attempt), null, enrolmentId, achievementId, 1,
                    earnerId, attempt, AssessmentAssigned.FIRST, "assessor-" + attempt, 1, at(attempt * 10 + 1));
            return wrap(a, at(attempt * 10 + 1));
        }

        EventEnvelope<AssessmentDecided> decided(int attempt, Decision decision, String feedback, String level) {
            AssessmentDecided d = AssessmentDecided.builder()
                    .assessmentId(assessment(attempt)).enrolmentId(enrolmentId).achievement(achievementId, 1)
                    .earner(earnerId, "e@x", "E").attempt(attempt).decision(decision)
                    .scores(List.of(new CriterionScore("objectives", level, "On objectives: " + level)))
                    .feedback(feedback).assessorId("assessor-" + attempt).evidence(List.of())
                    .decidedAt(at(attempt * 10 + 2)).enrolledAt(t0).submittedAt(at(attempt * 10))
                    .build();
            return wrap(d, at(attempt * 10 + 2));
        }

        EventEnvelope<CredentialIssued> issued(UUID credentialId) {
            CredentialIssued i = new CredentialIssued(credentialId, enrolmentId, assessment(2), achievementId, 1,
                    earnerId, "Dashboard", JsonNodeFactory.instance.objectNode(), at(40), null);
            return wrap(i, at(40));
        }

        EventEnvelope<CredentialShared> shared(UUID shareId, UUID credentialId) {
            CredentialShared s = new CredentialShared(shareId, credentialId, enrolmentId, earnerId, at(50), at(5000));
            return wrap(s, at(50));
        }

        Instant at(int minutes) {
            return t0.plus(Duration.ofMinutes(minutes));
        }

        private UUID assessment(int attempt) {
            return UUID.nameUUIDFromBytes((enrolmentId + "a" + attempt).getBytes());
        }

        private <P extends EventPayload> EventEnvelope<P> wrap(P payload, Instant at) {
            return EventEnvelope.wrap(payload, "northbridge", enrolmentId.toString(), at, null);
        }
    }

    @Test
    void theDashboardFollowsEveryStageOfAJourney() {
        Journey j = newJourney("Every stage");
        UUID credential = UUID.randomUUID();
        UUID share = UUID.randomUUID();
        String earner = "nb-earner";

        publish(j, j.submitted(1));
        until(j, earner, r -> r.body("stage", equalTo("SUBMITTED")).body("attempt", equalTo(1))
                .body("nextAction", equalTo("Wait for an assessor's judgement"))
                .body("lastSubmittedAt", equalTo(j.at(10).toString()))
                .body("feedbackDueBy", equalTo(j.at(10).plus(Duration.ofDays(5)).toString())));

        publish(j, j.assigned(1));
        until(j, earner, r -> r.body("stage", equalTo("IN_REVIEW")).body("attempt", equalTo(1))
                .body("feedbackDueBy", equalTo(j.at(10).plus(Duration.ofDays(5)).toString())));

        publish(j, j.decided(1, Decision.REVISE, "Name the learning objectives.", "emerging"));
        until(j, earner, r -> r.body("stage", equalTo("REVISE"))
                .body("nextAction", equalTo("Read the feedback, improve your evidence and resubmit"))
                .body("latestFeedback", equalTo("Name the learning objectives."))
                .body("decidedAt", equalTo(j.at(12).toString()))
                .body("feedbackDueBy", nullValue())
                .body("feedback", hasSize(1))
                .body("feedback[0].attempt", equalTo(1))
                .body("feedback[0].decision", equalTo("REVISE"))
                .body("feedback[0].scores[0].criterionId", equalTo("objectives"))
                .body("feedback[0].scores[0].levelId", equalTo("emerging"))
                .body("feedback[0].scores[0].feedback", equalTo("On objectives: emerging")));

        publish(j, j.submitted(2));
        until(j, earner, r -> r.body("stage", equalTo("SUBMITTED")).body("attempt", equalTo(2))
                .body("lastSubmittedAt", equalTo(j.at(20).toString())));

        publish(j, j.assigned(2));
        until(j, earner, r -> r.body("stage", equalTo("IN_REVIEW")).body("attempt", equalTo(2)));

        publish(j, j.decided(2, Decision.AWARD, "Clear objectives now.", "proficient"));
        until(j, earner, r -> r.body("stage", equalTo("AWARDED"))
                .body("latestFeedback", equalTo("Clear objectives now."))
                .body("feedback.attempt", equalTo(List.of(1, 2)))
                .body("feedback[1].scores[0].levelId", equalTo("proficient")));

        publish(j, j.issued(credential));
        until(j, earner, r -> r.body("stage", equalTo("ISSUED")).body("credentialId", equalTo(credential.toString()))
                .body("enrolmentStatus", equalTo("COMPLETED")).body("nextAction", equalTo("Share your credential")));
        given().auth().oauth2(Tokens.user(earner)).get("/api/v1/enrolments/" + j.enrolmentId())
                .then().statusCode(200).body("status", equalTo("COMPLETED"));

        publish(j, j.shared(share, credential));
        until(j, earner, r -> r.body("stage", equalTo("SHARED")).body("shareId", equalTo(share.toString()))
                .body("nextAction", nullValue()));

        given().auth().oauth2(Tokens.user(earner)).get("/api/v1/dashboard?limit=100")
                .then().statusCode(200)
                .body("pathways", notNullValue())
                .body("journeys.find { it.enrolmentId == '" + j.enrolmentId() + "' }.feedback", hasSize(2))
                .body("journeys.find { it.enrolmentId == '" + j.enrolmentId() + "' }.stage", equalTo("SHARED"));
    }

    @Test
    void replaysInAnyOrderLeaveTheSameDashboard() {
        Journey j = newJourney("Replayed");
        UUID credential = UUID.randomUUID();
        UUID share = UUID.randomUUID();
        List<EventEnvelope<?>> events = List.of(j.submitted(1), j.assigned(1),
                j.decided(1, Decision.REVISE, "Revise it.", "emerging"), j.submitted(2), j.assigned(2),
                j.decided(2, Decision.AWARD, "Awarded.", "proficient"), j.issued(credential), j.shared(share, credential));
        Random random = new Random(42);
        for (int round = 0; round < 2; round++) {
            List<EventEnvelope<?>> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            shuffled.forEach(event -> publish(j, event));
        }
        Consumer<ValidatableResponse> expected = r -> r.body("stage", equalTo("SHARED"))
                .body("attempt", equalTo(2))
                .body("enrolmentStatus", equalTo("COMPLETED"))
                .body("latestFeedback", equalTo("Awarded."))
                .body("decidedAt", equalTo(j.at(22).toString()))
                .body("lastSubmittedAt", equalTo(j.at(20).toString()))
                .body("feedback.attempt", equalTo(List.of(1, 2)))
                .body("credentialId", equalTo(credential.toString()))
                .body("shareId", equalTo(share.toString()))
                .body("steps", hasSize(1 + events.size()));
        until(j, "nb-earner2", expected);
        // The later copies change nothing either. A marker journey's events, sent after them under the same keys
        // (so to the same partitions), are read after them: once all four markers show, every copy was read.
        Journey marker = newJourney("Replayed");
        UUID markerCredential = UUID.randomUUID();
        List<EventEnvelope<?>> markers = List.of(marker.submitted(1), marker.assigned(1),
                marker.issued(markerCredential), marker.shared(UUID.randomUUID(), markerCredential));
        markers.forEach(event -> publish(j, event));
        until(marker, "nb-earner2", r -> r.body("steps", hasSize(1 + markers.size())));
        expected.accept(dashboard(j, "nb-earner2"));
        List<String> stages = dashboard(j, "nb-earner2").extract().path("steps.stage");
        assertEquals(List.of("ENROLLED", "SUBMITTED", "IN_REVIEW", "REVISE", "SUBMITTED", "IN_REVIEW", "AWARDED",
                "ISSUED", "SHARED"), stages, "the timeline is in the order things happened");
    }

    @Test
    void anIssuedCredentialCountsTowardThePathwaysOnTheDashboard() {
        Journey j = newJourney("Stacked");
        UUID other = EnrolmentFixture.published("Stacked, the other " + UUID.randomUUID());
        String admin = Tokens.user("nb-admin");
        String name = "Stack " + UUID.randomUUID();
        Map<String, Object> rule = Map.of("kind", "allOf", "items",
                List.of(Map.of("achievementId", j.achievementId()), Map.of("achievementId", other)));
        String pathway = given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("name", name, "description", "Two micro-credentials.", "criteriaNarrative", "Earn both.",
                        "rule", rule))
                .post("/api/v1/pathways").then().statusCode(201).extract().path("id");
        Approvals.publish(admin, "/api/v1/pathways/" + pathway).then().statusCode(200);

        publish(j, j.issued(UUID.randomUUID()));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.user("nb-earner"))
                .get("/api/v1/dashboard?limit=100").then().statusCode(200)
                .body("pathways.find { it.pathwayId == '" + pathway + "' }.earned", equalTo(1))
                .body("pathways.find { it.pathwayId == '" + pathway + "' }.required", equalTo(2))
                .body("pathways.find { it.pathwayId == '" + pathway + "' }.complete", equalTo(false)));
    }

    private static Journey newJourney(String name) {
        String earner = name.equals("Replayed") ? "nb-earner2" : "nb-earner";
        UUID achievement = EnrolmentFixture.published("nb-admin", name + " " + UUID.randomUUID(),
                Map.of("feedbackTargetDays", 5));
        UUID enrolment = EnrolmentFixture.enrolled(earner, achievement);
        return new Journey(achievement, enrolment, Tokens.subject(earner),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofMinutes(1)));
    }

    private static void publish(Journey j, EventEnvelope<?> event) {
        String key = event.payload() instanceof CredentialIssued ? j.earnerId() : j.enrolmentId().toString();
        TestKafka.publish("test.", key, event);
    }

    private static void until(Journey j, String earner, Consumer<ValidatableResponse> check) {
        await().atMost(WAIT).untilAsserted(() -> check.accept(dashboard(j, earner)));
    }

    private static ValidatableResponse dashboard(Journey j, String earner) {
        return given().auth().oauth2(Tokens.user(earner)).get("/api/v1/dashboard/" + j.enrolmentId()).then().statusCode(200);
    }
}
