package org.microcred.assessment.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.assessment.AssessmentFixture;
import org.microcred.assessment.AssessmentFixture.Definition;
import org.microcred.assessment.PublishedEvents;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.ProgressRule;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.audit.AuditVerifier;
import org.microcred.support.audit.ChainVerification;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * Assessment's trail as a whole: decisions the service takes from LMS reports (recorded by the service, with the
 * event's id), an operator's drop of a parked outbox row, who may read the trail (the institution's issuer-admins and
 * release-managers, nobody else, never another institution's), and the chain in this service's own tables: append-only,
 * and a record changed behind the trigger's back is found.
 */
@Tag("servers")
@QuarkusTest
class AssessmentAuditTrailTest {

    private static final ProgressRule QUIZ_80 = new ProgressRule("quiz-final", "score", new BigDecimal("80"));

    @Inject
    AuditTrail trail;
    @Inject
    AuditVerifier verifier;

    @Test
    void aProgressDecisionIsRecordedByTheServiceWithTheReportsEventId() {
        UUID achievement = AssessmentFixture.publish("northbridge", Definition.progress(QUIZ_80));
        await().atMost(AssessmentFixture.PATIENCE).until(() -> AuditDb.count(
                "SELECT count(*) FROM achievement_version WHERE achievement_id = ?", achievement) == 1);
        EventEnvelope<ActivityReported> report = report(achievement, "86.5");
        UUID assessment = decidedFrom(report);

        AssessmentAuditTest.records("nb-admin", assessment).body("", hasSize(1))
                .body("[0].action", equalTo("assessment.decided"))
                .body("[0].actorType", equalTo("service"))
                .body("[0].actorId", equalTo("assessment-service"))
                .body("[0].actorRoles", hasSize(0))
                .body("[0].eventId", equalTo(report.eventId().toString()))
                .body("[0].before", nullValue())
                .body("[0].after.status", equalTo("DECIDED"))
                .body("[0].after.basis", equalTo("progress"))
                .body("[0].after.decision", equalTo("AWARD"))
                .body("[0].after.score", equalTo("86.5"))
                .body("[0].after.activityId", equalTo("quiz-final"))
                .body("[0].after.reportId", equalTo(report.payload().reportId().toString()))
                .body("[0].after.feedbackGiven", equalTo(true));
    }

    @Test
    void aReportThatWaitedForItsVersionIsRecordedWithTheCatalogueEventsId() {
        UUID achievement = UUID.randomUUID();
        EventEnvelope<ActivityReported> report = report(achievement, "91");
        TestKafka.publish(AssessmentFixture.PREFIX, report.payload().enrolmentId().toString(), report);
        await().atMost(AssessmentFixture.PATIENCE).until(() -> AuditDb.count(
                "SELECT count(*) FROM parked_progress_report WHERE report_id = ?", report.payload().reportId()) == 1);
        EventEnvelope<AchievementPublished> version = AssessmentFixture.publish("northbridge", achievement,
                Definition.progress(QUIZ_80));
        UUID assessment = PublishedEvents.await(report.payload().enrolmentId().toString(), AssessmentDecided.class, 1)
                .get(0).assessmentId();

        AssessmentAuditTest.records("nb-admin", assessment).body("", hasSize(1))
                .body("[0].actorType", equalTo("service"))
                .body("[0].eventId", equalTo(version.eventId().toString()))
                .body("[0].after.reportId", equalTo(report.payload().reportId().toString()));
    }

    @Test
    void droppingAParkedOutboxEventIsRecorded() throws SQLException {
        UUID eventId = AuditDb.parkedOutboxEvent("northbridge", "test.assessment.events.v1", "assessment.decided");
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("reason", "Cannot be sent")
                .delete("/api/v1/ops/outbox/parked/" + eventId).then().statusCode(204);
        AssessmentAuditTest.records("nb-admin", eventId).body("", hasSize(1))
                .body("[0].action", equalTo("outbox.event.dropped"))
                .body("[0].actorId", equalTo(Tokens.subject("nb-admin")))
                .body("[0].before.status", equalTo("parked"))
                .body("[0].after.status", equalTo("dropped"))
                .body("[0].after.reason", equalTo("Cannot be sent"));
        // Another institution's admin reads none of it.
        AssessmentAuditTest.records("sp-admin", eventId).body("", hasSize(0));
    }

    @Test
    void onlyTheInstitutionsIssuerAdminsAndReleaseManagersReadExportAndVerifyTheTrail() {
        String from = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        String to = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        for (String user : List.of("nb-admin", "nb-release")) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/audit").then().statusCode(200);
            given().auth().oauth2(Tokens.user(user)).queryParam("format", "jsonl").queryParam("from", from)
                    .queryParam("to", to).get("/api/v1/audit/export").then().statusCode(200);
        }
        given().auth().oauth2(Tokens.user("nb-release")).post("/api/v1/audit/verify").then().statusCode(200)
                .body("tenantId", equalTo("northbridge")).body("verified", equalTo(true))
                .body("firstBroken", nullValue());
        given().auth().oauth2(Tokens.user("sp-admin")).post("/api/v1/audit/verify").then().statusCode(200)
                .body("tenantId", equalTo("southport"));
        for (String user : List.of("nb-earner", "nb-assessor")) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/audit").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).queryParam("format", "csv").queryParam("from", from)
                    .queryParam("to", to).get("/api/v1/audit/export").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).post("/api/v1/audit/verify").then().statusCode(403);
        }
        given().get("/api/v1/audit").then().statusCode(401);
    }

    @Test
    void theTrailIsAppendOnlyAndAChangedRecordIsFoundAtItsSequenceNumber() throws Throwable {
        String tenant = "audit-test-" + UUID.randomUUID();
        AuditActor assessor = AuditActor.user("assessor-1", List.of("assessor"));
        for (int i = 1; i <= 3; i++) {
            String id = "task-" + i;
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> trail.record(assessor, tenant,
                    "assessment.decided", "assessment", id, AuditState.of("status", "IN_REVIEW"),
                    AuditState.of("status", "DECIDED", "decision", "AWARD"))));
        }
        assertTrue(verify(tenant).verified());
        String where = " WHERE tenant_id = '" + tenant + "' AND seq = 2";
        for (String sql : List.of("UPDATE audit_record SET action = 'assessment.nothing'" + where,
                "DELETE FROM audit_record" + where)) {
            SQLException refused = assertThrows(SQLException.class, () -> AuditDb.update(sql), sql);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }

        AuditDb.asOwner("UPDATE audit_record SET after_state = '{\"decision\":\"DENY\",\"status\":\"DECIDED\"}'"
                + where);
        ChainVerification result = verify(tenant);
        assertFalse(result.verified());
        assertEquals(2, result.firstBroken().seq());
        assertEquals(ChainVerification.HASH_MISMATCH, result.firstBroken().reason());
    }

    private ChainVerification verify(String tenant) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> verifier.verify(tenant));
    }

    private static EventEnvelope<ActivityReported> report(UUID achievement, String score) {
        UUID enrolment = UUID.randomUUID();
        ActivityReported payload = new ActivityReported(UUID.randomUUID(), enrolment, achievement, 1,
                Tokens.subject("nb-earner"), "nb-earner@northbridge.example", "Zoë Earner", "quiz-final", true,
                new BigDecimal(score), Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.MICROS),
                Instant.now().minusSeconds(86_400).truncatedTo(ChronoUnit.MICROS));
        return EventEnvelope.wrap(payload, "northbridge", enrolment.toString(), Instant.now(), null);
    }

    private static UUID decidedFrom(EventEnvelope<ActivityReported> report) {
        String enrolment = report.payload().enrolmentId().toString();
        TestKafka.publish(AssessmentFixture.PREFIX, enrolment, report);
        return PublishedEvents.await(enrolment, AssessmentDecided.class, 1).get(0).assessmentId();
    }
}
