package org.microcred.assessment.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Definition;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.assessment.PublishedEvents;
import org.microcred.assessment.SecondMarkingPolicy;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.support.testing.Tokens;

/** Awards of second-marked micro-credentials are final only once another assessor confirms them. */
@Tag("servers")
@QuarkusTest
class SecondMarkingTest {

    private static final String PROBLEMS = "https://microcred.org/problems/";
    private final String first = Tokens.subject("nb-assessor");
    private final String second = Tokens.subject("nb-assessor2");

    @Test
    void anAwardWaitsForASecondMarkerWhoConfirmsIt() {
        Task task = awardedOnce();
        earnerSees(task, "IN_REVIEW", null);
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(403)
                .body("type", equalTo(PROBLEMS + "second-marker-must-differ"));
        AssessmentFixture.claim("nb-assessor2", task.id()).statusCode(200)
                .body("status", equalTo("SECOND_REVIEW"))
                .body("secondMarker", equalTo(second))
                // Blind: the second marker does not see the first judgement before deciding.
                .body("judgements", empty())
                .body("answers[0].promptId", equalTo("plan"));

        AssessmentFixture.decide("nb-assessor2", task.id(), AssessmentFixture.scores("exemplary", "yes"))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision", equalTo("AWARD"))
                .body("markersAgreed", equalTo(true))
                .body("judgements.role", contains("first", "second"));
        AssessmentFixture.get("nb-admin", task.id()).statusCode(200)
                .body("judgements.assessorId", contains(first, second))
                .body("judgements.outcome", contains("AWARD", "AWARD"))
                .body("scores.levelId", contains("exemplary", "yes"));
        earnerSees(task, "DECIDED", "AWARD");

        AssessmentDecided decided = PublishedEvents.await(task.key(), AssessmentDecided.class, 1).get(0);
        assertEquals(Decision.AWARD, decided.decision());
        assertEquals(first, decided.assessorId());
        assertEquals(second, decided.secondAssessorId());
        assertEquals(Boolean.TRUE, decided.markersAgreed());
        List<AssessmentAssigned> assigned = PublishedEvents.of(task.key(), AssessmentAssigned.class);
        assertEquals(List.of("first", "second"), assigned.stream().map(AssessmentAssigned::role).toList());
        assertEquals(List.of(1L, 2L), assigned.stream().map(AssessmentAssigned::sequence).toList());
        // Only the final decision was published: the first award never was.
        assertEquals(1, PublishedEvents.of(task.key(), AssessmentDecided.class).size());
    }

    @Test
    void aSecondMarkerWhoDisagreesDecidesAndTheDisagreementIsKept() {
        Task task = awardedOnce();
        AssessmentFixture.claim("nb-assessor2", task.id()).statusCode(200);
        AssessmentFixture.decide("nb-assessor2", task.id(), AssessmentFixture.scores("emerging", "yes"))
                .statusCode(200)
                .body("decision", equalTo("REVISE"))
                .body("markersAgreed", equalTo(false));
        AssessmentFixture.get("nb-assessor", task.id()).statusCode(200)
                .body("judgements.outcome", contains("AWARD", "REVISE"))
                .body("markersAgreed", equalTo(false));
        earnerSees(task, "DECIDED", "REVISE");

        AssessmentDecided decided = PublishedEvents.await(task.key(), AssessmentDecided.class, 1).get(0);
        assertEquals(Decision.REVISE, decided.decision());
        assertEquals(Boolean.FALSE, decided.markersAgreed());
        assertEquals(second, decided.secondAssessorId());
    }

    @Test
    void theEarnerCannotSecondMarkAndAnIssuerAdminMayAssignTheSecondMarker() {
        Task task = awardedOnce();
        AssessmentFixture.assign("nb-admin", task.id(), task.payload().earnerId()).statusCode(422);
        AssessmentFixture.assign("nb-admin", task.id(), first).statusCode(422)
                .body("type", equalTo(PROBLEMS + "second-marker-must-differ"));
        AssessmentFixture.assign("nb-admin", task.id(), second).statusCode(200)
                .body("status", equalTo("SECOND_REVIEW")).body("secondMarker", equalTo(second));
        AssessmentFixture.release("nb-assessor2", task.id()).statusCode(200)
                .body("status", equalTo("AWAITING_SECOND_MARK")).body("secondMarker", equalTo(null));
        List<AssessmentAssigned> assigned = PublishedEvents.await(task.key(), AssessmentAssigned.class, 3);
        assertEquals(List.of("first", "second", "second"), assigned.stream().map(AssessmentAssigned::role).toList());
        assertNull(assigned.get(2).assessorId());
    }

    @Test
    void aRevisionIsFinalWithoutSecondMarking() {
        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor",
                Definition.performance().secondMarking("all", null));
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("emerging", "yes"))
                .statusCode(200).body("status", equalTo("DECIDED")).body("markersAgreed", equalTo(null));
        AssessmentDecided decided = PublishedEvents.await(task.key(), AssessmentDecided.class, 1).get(0);
        assertNull(decided.secondAssessorId());
        assertNull(decided.markersAgreed());
    }

    @Test
    void aSampleSecondMarksTheAwardsItsHashPicks() {
        UUID achievement = AssessmentFixture.publish("northbridge", Definition.performance().secondMarking("sample", 50));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 12 && seen.size() < 2; i++) {
            Task task = AssessmentFixture.submitted("northbridge", achievement, "nb-earner", "nb-assessor",
                    UUID.randomUUID(), 1);
            AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200);
            String expected = SecondMarkingPolicy.required("sample", 50, task.id()) ? "AWAITING_SECOND_MARK" : "DECIDED";
            AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("proficient", "yes"))
                    .statusCode(200).body("status", equalTo(expected));
            seen.add(expected);
        }
        assertTrue(seen.size() == 2, "a 50% sample picked " + seen + " of up to 12 awards");
    }

    private static Task awardedOnce() {
        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor",
                Definition.performance().secondMarking("all", null));
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("proficient", "yes"))
                .statusCode(200)
                .body("status", equalTo("AWAITING_SECOND_MARK"))
                .body("decision", equalTo(null))
                .body("judgements.outcome", contains("AWARD"));
        return task;
    }

    private static void earnerSees(Task task, String status, String decision) {
        given().auth().oauth2(Tokens.user("nb-earner"))
                .get("/api/v1/assessments/by-submission/" + task.payload().submissionId())
                .then().statusCode(200).body("status", equalTo(status)).body("decision", equalTo(decision));
    }
}
