package org.microcred.assessment.rest;

import org.junit.jupiter.api.Tag;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.assessment.PublishedEvents;
import org.microcred.events.assessment.AssessmentAssigned;
import org.microcred.support.testing.Tokens;

/** Claim, release and assign, each announced by assessment.assigned with a rising sequence. */
@Tag("servers")
@QuarkusTest
class AssignmentResourceTest {

    private static final String PROBLEMS = "https://microcred.org/problems/";
    private final String assessor = Tokens.subject("nb-assessor");
    private final String assessor2 = Tokens.subject("nb-assessor2");

    @Test
    void claimingPutsTheTaskInReviewAndAnnouncesIt() {
        Task task = pending();
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200)
                .body("status", equalTo("IN_REVIEW"))
                .body("assignedTo", equalTo(assessor));

        AssessmentAssigned assigned = PublishedEvents.await(task.key(), AssessmentAssigned.class, 1).get(0);
        assertEquals(task.id(), assigned.assessmentId());
        assertEquals(task.payload().submissionId(), assigned.submissionId());
        assertEquals(task.payload().enrolmentId(), assigned.enrolmentId());
        assertEquals(task.achievementId(), assigned.achievementId());
        assertEquals(task.payload().earnerId(), assigned.earnerId());
        assertEquals(1, assigned.attempt());
        assertEquals("first", assigned.role());
        assertEquals(assessor, assigned.assessorId());
        assertEquals(1, assigned.sequence());
    }

    @Test
    void aTaskAnotherAssessorHoldsCannotBeClaimedAndClaimingAgainChangesNothing() {
        Task task = pending();
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200);
        AssessmentFixture.claim("nb-assessor2", task.id()).statusCode(409)
                .body("type", equalTo(PROBLEMS + "claimed-by-another"));
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200).body("assignedTo", equalTo(assessor));
        // A release follows the claims: had the repeated claim been announced, it would show before it.
        AssessmentFixture.release("nb-assessor", task.id()).statusCode(200);
        List<AssessmentAssigned> events = PublishedEvents.await(task.key(), AssessmentAssigned.class, 2);
        assertEquals(Arrays.asList(assessor, null), events.stream().map(AssessmentAssigned::assessorId).toList());
    }

    @Test
    void anAssessorCannotClaimTheirOwnSubmissionNorBeAssignedIt() {
        Task own = AssessmentFixture.pendingTask("northbridge", "nb-assessor", "nb-assessor2");
        AssessmentFixture.claim("nb-assessor", own.id()).statusCode(403)
                .body("type", equalTo(PROBLEMS + "self-assessment"));
        AssessmentFixture.assign("nb-admin", own.id(), assessor).statusCode(422)
                .body("type", equalTo(PROBLEMS + "self-assessment"));
        AssessmentFixture.get("nb-assessor2", own.id()).statusCode(200).body("status", equalTo("PENDING"));
        AssessmentFixture.claim("nb-assessor2", own.id()).statusCode(200);
    }

    @Test
    void onlyTheHolderOrAnIssuerAdminReleases() {
        Task task = pending();
        AssessmentFixture.release("nb-assessor", task.id()).statusCode(409).body("type", equalTo(PROBLEMS + "not-claimed"));
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200);
        AssessmentFixture.release("nb-assessor2", task.id()).statusCode(403).body("type", equalTo(PROBLEMS + "not-holder"));
        AssessmentFixture.release("nb-assessor", task.id()).statusCode(200)
                .body("status", equalTo("PENDING")).body("assignedTo", equalTo(null));
        AssessmentFixture.claim("nb-assessor2", task.id()).statusCode(200);
        AssessmentFixture.release("nb-admin", task.id()).statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void anIssuerAdminAssignsAndReassignsEachAnnouncedInSequence() {
        Task task = pending();
        AssessmentFixture.assign("nb-admin", task.id(), assessor).statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("assignedTo", equalTo(assessor));
        AssessmentFixture.assign("nb-admin", task.id(), assessor).statusCode(200);
        AssessmentFixture.assign("nb-admin", task.id(), assessor2).statusCode(200).body("assignedTo", equalTo(assessor2));
        AssessmentFixture.release("nb-admin", task.id()).statusCode(200);
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200);

        List<AssessmentAssigned> events = PublishedEvents.await(task.key(), AssessmentAssigned.class, 4);
        assertEquals(List.of(1L, 2L, 3L, 4L), events.stream().map(AssessmentAssigned::sequence).toList());
        assertEquals(Arrays.asList(assessor, assessor2, null, assessor),
                events.stream().map(AssessmentAssigned::assessorId).toList());
        assertEquals(List.of("first", "first", "first", "first"), events.stream().map(AssessmentAssigned::role).toList());
    }

    @Test
    void theAssignedAssessorMayDecideAndTheOneReplacedMayNot() {
        Task task = pending();
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200);
        AssessmentFixture.assign("nb-admin", task.id(), assessor2).statusCode(200);
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("proficient", "yes"))
                .statusCode(403).body("type", equalTo(PROBLEMS + "not-holder"));
        AssessmentFixture.decide("nb-assessor2", task.id(), AssessmentFixture.scores("proficient", "yes"))
                .statusCode(200).body("decision", equalTo("AWARD"));
    }

    /** Keycloak is asked: the assignee must be an enabled user of the same institution with the assessor role. */
    @Test
    void onlyAnAssessorOfTheInstitutionCanBeGivenATask() {
        Task task = pending();
        for (String notAnAssessor : new String[] {Tokens.subject("nb-earner2"),
            Tokens.subject("nb-admin"), Tokens.subject("sp-assessor"),
            UUID.randomUUID().toString()}) {
            AssessmentFixture.assign("nb-admin", task.id(), notAnAssessor).statusCode(422)
                    .body("type", equalTo(PROBLEMS + "not-an-assessor"))
                    .body("detail", equalTo("User " + notAnAssessor + " is not an assessor of this institution"));
        }
        AssessmentFixture.get("nb-admin", task.id()).statusCode(200).body("status", equalTo("PENDING"))
                .body("assignedTo", equalTo(null));
        AssessmentFixture.assign("nb-admin", task.id(), assessor2).statusCode(200).body("assignedTo", equalTo(assessor2));
    }

    @Test
    void anAssigneeIdMustBeGiven() {
        Task task = pending();
        AssessmentFixture.assign("nb-admin", task.id(), " ").statusCode(400)
                .body("type", equalTo(PROBLEMS + "validation"));
        AssessmentFixture.assign("nb-admin", task.id(), "x".repeat(256)).statusCode(400);
        AssessmentFixture.assign("nb-admin", task.id(), "<script>").statusCode(400);
        AssessmentFixture.get("nb-admin", task.id()).statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void rolesDecideWhoClaimsAndWhoAssigns() {
        Task task = pending();
        AssessmentFixture.claim("nb-earner2", task.id()).statusCode(403);
        AssessmentFixture.claim("nb-admin", task.id()).statusCode(403);
        AssessmentFixture.assign("nb-assessor", task.id(), assessor).statusCode(403);
        AssessmentFixture.release("nb-release", task.id()).statusCode(403);
        AssessmentFixture.get("nb-admin", task.id()).statusCode(200).body("status", equalTo("PENDING"));
    }

    private static Task pending() {
        return AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
    }
}
