package org.microcred.assessment.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Definition;
import org.microcred.assessment.AssessmentFixture.Task;
import org.microcred.support.testing.Tokens;

/**
 * Every privileged write of assessment leaves its audit record (docs/audit-trail.md): claims, releases and
 * assignments with who held which step before and after, and each marker's judgement with the rubric levels, the
 * outcome and the markers' agreement; feedback only as its length, never its text, and never the evidence. A refused
 * request records nothing.
 */
@Tag("servers")
@QuarkusTest
class AssessmentAuditTest {

    private static final String FEEDBACK = "Clear plan; see the notes per criterion.";
    private final String assessor = Tokens.subject("nb-assessor");
    private final String second = Tokens.subject("nb-assessor2");

    @Test
    void aDecisionIsRecordedWithItsLevelsAndTheLengthOfItsFeedbackNeverItsText() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200);
        // Refused or changing nothing: another assessor's claim, the holder's claim again, scores off the rubric.
        AssessmentFixture.claim("nb-assessor2", task.id()).statusCode(409);
        AssessmentFixture.claim("nb-assessor", task.id()).statusCode(200);
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("brilliant", "yes"))
                .statusCode(422);
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("proficient", "yes"))
                .statusCode(200).body("status", equalTo("DECIDED"));
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("emerging", "no"))
                .statusCode(409);

        ValidatableResponse records = records("nb-admin", task.id()).body("", hasSize(2))
                .body("action", contains("assessment.decided", "assessment.claimed"))
                .body("objectType", contains("assessment", "assessment"))
                .body("actorType", contains("user", "user"))
                .body("actorId", contains(assessor, assessor))
                .body("[0].actorRoles", hasItem("assessor"))
                .body("[0].eventId", nullValue())
                .body("[0].before.status", equalTo("IN_REVIEW"))
                .body("[0].before.firstMarker", equalTo(assessor))
                .body("[0].after.status", equalTo("DECIDED"))
                .body("[0].after.marker", equalTo("first"))
                .body("[0].after.outcome", equalTo("AWARD"))
                .body("[0].after.decision", equalTo("AWARD"))
                .body("[0].after.scores.criterionId", contains("objectives", "checks"))
                .body("[0].after.scores.levelId", contains("proficient", "yes"))
                .body("[0].after.scores.feedbackLength", contains("Objectives: proficient".length(),
                        "Checks: yes".length()))
                .body("[0].after.feedbackGiven", equalTo(true))
                .body("[0].after.feedbackLength", equalTo(FEEDBACK.length()))
                .body("[0].after.attempt", equalTo(1))
                .body("[0].after.submissionId", equalTo(task.payload().submissionId().toString()))
                .body("[1].before.status", equalTo("PENDING"))
                .body("[1].before.firstMarker", nullValue())
                .body("[1].after.status", equalTo("IN_REVIEW"))
                .body("[1].after.firstMarker", equalTo(assessor))
                .body("[1].after.step", equalTo("first"));
        String text = records.extract().asString();
        for (String content : List.of(FEEDBACK, "Objectives: proficient", "exit tickets", "lesson-plan.pdf",
                "video.example", "@northbridge.example", "Zoë")) {
            assertFalse(text.contains(content), "no assessment content, evidence or personal data: " + content);
        }
    }

    @Test
    void secondMarkingRecordsBothJudgementsAndTheMarkersDisagreement() {
        Task task = AssessmentFixture.claimedTask("northbridge", "nb-earner", "nb-assessor",
                Definition.performance().secondMarking("all", null));
        AssessmentFixture.decide("nb-assessor", task.id(), AssessmentFixture.scores("proficient", "yes"))
                .statusCode(200).body("status", equalTo("AWAITING_SECOND_MARK"));
        AssessmentFixture.claim("nb-assessor2", task.id()).statusCode(200);
        AssessmentFixture.decide("nb-assessor2", task.id(), AssessmentFixture.scores("emerging", "yes"))
                .statusCode(200).body("decision", equalTo("REVISE"));

        records("nb-release", task.id()).body("action", contains("assessment.second-marked", "assessment.claimed",
                        "assessment.first-marked", "assessment.claimed"))
                .body("actorId", contains(second, second, assessor, assessor))
                .body("[0].before.status", equalTo("SECOND_REVIEW"))
                .body("[0].before.secondMarker", equalTo(second))
                .body("[0].after.status", equalTo("DECIDED"))
                .body("[0].after.marker", equalTo("second"))
                .body("[0].after.outcome", equalTo("REVISE"))
                .body("[0].after.decision", equalTo("REVISE"))
                .body("[0].after.markersAgreed", equalTo(false))
                .body("[0].after.firstMarker.assessorId", equalTo(assessor))
                .body("[0].after.firstMarker.outcome", equalTo("AWARD"))
                .body("[0].after.scores.levelId", contains("emerging", "yes"))
                .body("[1].before.status", equalTo("AWAITING_SECOND_MARK"))
                .body("[1].after.status", equalTo("SECOND_REVIEW"))
                .body("[1].after.secondMarker", equalTo(second))
                .body("[1].after.step", equalTo("second"))
                .body("[2].after.status", equalTo("AWAITING_SECOND_MARK"))
                .body("[2].after.outcome", equalTo("AWARD"))
                .body("[2].after.decision", nullValue())
                .body("[2].after.secondMarking.mode", equalTo("all"));
    }

    @Test
    void anIssuerAdminsAssignmentAndReleaseAreRecordedARefusedAssignmentIsNot() {
        Task task = AssessmentFixture.pendingTask("northbridge", "nb-earner", "nb-assessor");
        String admin = Tokens.subject("nb-admin");
        // The earner is no assessor (and may not judge their own evidence): 422, nothing recorded.
        AssessmentFixture.assign("nb-admin", task.id(), task.payload().earnerId()).statusCode(422);
        AssessmentFixture.assign("nb-admin", task.id(), assessor).statusCode(200);
        AssessmentFixture.release("nb-admin", task.id()).statusCode(200).body("status", equalTo("PENDING"));
        // An assessor who holds nothing may not release: 409, nothing recorded.
        AssessmentFixture.release("nb-assessor", task.id()).statusCode(409);

        records("nb-admin", task.id()).body("action", contains("assessment.released", "assessment.assigned"))
                .body("actorId", contains(admin, admin))
                .body("[0].actorRoles", hasItem("issuer-admin"))
                .body("[0].before.status", equalTo("IN_REVIEW"))
                .body("[0].before.firstMarker", equalTo(assessor))
                .body("[0].after.status", equalTo("PENDING"))
                .body("[0].after.firstMarker", nullValue())
                .body("[0].after.step", equalTo("first"))
                .body("[1].before.status", equalTo("PENDING"))
                .body("[1].after.status", equalTo("IN_REVIEW"))
                .body("[1].after.firstMarker", equalTo(assessor));
    }

    static ValidatableResponse records(String user, UUID objectId) {
        return given().auth().oauth2(Tokens.user(user)).queryParams(Map.of("objectId", objectId.toString()))
                .get("/api/v1/audit").then().statusCode(200);
    }
}
