package org.microcred.support.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.audit.AuditVerifier;
import org.microcred.support.audit.ChainVerification;

/**
 * What every service's audit trail must do, run by each service's {@code @QuarkusTest} subclass against its own
 * database (docs/audit-trail.md): an operator's drop of a parked outbox row is recorded; only the institution's
 * issuer-admins and release-managers read, export and verify the trail, never another institution's; the table is
 * append-only, and a record changed behind the trigger's back is found at its sequence number. The records of the
 * service's own actions are its own tests'.
 */
public abstract class AuditTrailContract {

    /** The test topic of one of the service's events, and that event's type: the parked outbox row to drop. */
    protected abstract String parkedTopic();

    protected abstract String parkedEventType();

    @Test
    void droppingAParkedOutboxEventIsRecorded() throws SQLException {
        UUID eventId = AuditDb.parkedOutboxEvent("northbridge", parkedTopic(), parkedEventType());
        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("reason", "Cannot be sent")
                .delete("/api/v1/ops/outbox/parked/" + eventId).then().statusCode(204);
        records("nb-admin", eventId).body("", hasSize(1))
                .body("[0].action", equalTo("outbox.event.dropped"))
                .body("[0].actorId", equalTo(Tokens.subject("nb-admin")))
                .body("[0].before.status", equalTo("parked"))
                .body("[0].after.status", equalTo("dropped"))
                .body("[0].after.reason", equalTo("Cannot be sent"));
        // Another institution's admin reads none of it.
        records("sp-admin", eventId).body("", hasSize(0));
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
        // On failure the answer (its firstBroken) is printed: it names the record and why.
        given().auth().oauth2(Tokens.user("nb-release")).post("/api/v1/audit/verify").then().log().ifValidationFails()
                .statusCode(200).body("tenantId", equalTo("northbridge")).body("verified", equalTo(true))
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
        AuditActor admin = AuditActor.user("admin-1", List.of("issuer-admin"));
        AuditTrail trail = Arc.container().instance(AuditTrail.class).get();
        for (int i = 1; i <= 3; i++) {
            String id = "event-" + i;
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> trail.record(admin, tenant,
                    "outbox.event.dropped", "outbox-event", id, AuditState.of("status", "parked"),
                    AuditState.of("status", "dropped", "reason", "Test"))));
        }
        assertTrue(verify(tenant).verified());
        String where = " WHERE tenant_id = '" + tenant + "' AND seq = 2";
        for (String sql : List.of("UPDATE audit_record SET action = 'outbox.event.nothing'" + where,
                "DELETE FROM audit_record" + where)) {
            SQLException refused = assertThrows(SQLException.class, () -> AuditDb.update(sql), sql);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }

        AuditDb.asOwner("UPDATE audit_record SET after_state = '{\"reason\":\"Forged\",\"status\":\"dropped\"}'"
                + where);
        ChainVerification result = verify(tenant);
        assertFalse(result.verified());
        assertEquals(2, result.firstBroken().seq());
        assertEquals(ChainVerification.HASH_MISMATCH, result.firstBroken().reason());
    }

    private static ChainVerification verify(String tenant) throws Throwable {
        AuditVerifier verifier = Arc.container().instance(AuditVerifier.class).get();
        return VertxContextSupport.subscribeAndAwait(() -> verifier.verify(tenant));
    }

    private static ValidatableResponse records(String user, UUID objectId) {
        return given().auth().oauth2(Tokens.user(user)).queryParam("objectId", objectId.toString())
                .get("/api/v1/audit").then().statusCode(200);
    }
}
