package org.microcred.issuance.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * Every privileged action of issuance writes its audit record, with the actor and the state before and after, and the
 * institution's issuer-admins and release-managers read, filter, page, export and verify their own trail (nobody
 * else, and never another institution's).
 */
@Tag("servers")
@QuarkusTest
class AuditResourceTest {

    private static final String ADMIN = "nb-admin";

    @Test
    void anIssuedCredentialIsRecordedByTheServiceWithTheDecisionsEventId() {
        Awards awards = new Awards("northbridge", "Audited award " + UUID.randomUUID());
        awards.publishCatalogue();
        UUID assessmentId = UUID.randomUUID();
        EventEnvelope<AssessmentDecided> decision = awards.decided(assessmentId, Decision.AWARD);
        awards.publish(decision);
        UUID credential = awards.awaitCredential(ADMIN, assessmentId);

        records(ADMIN, "objectId", credential).body("", hasSize(1))
                .body("[0].action", equalTo("credential.issued"))
                .body("[0].objectType", equalTo("credential"))
                .body("[0].actorType", equalTo("service"))
                .body("[0].actorId", equalTo("issuance-service"))
                .body("[0].actorRoles", hasSize(0))
                .body("[0].eventId", equalTo(decision.eventId().toString()))
                .body("[0].before", nullValue())
                .body("[0].after.status", equalTo("ACTIVE"))
                .body("[0].after.basis", equalTo("rubric"))
                .body("[0].after.assessmentId", equalTo(assessmentId.toString()))
                .body("[0].after.earnerId", equalTo(awards.earnerId))
                .body("[0].after.achievementVersion", equalTo(1));
    }

    @Test
    void anAwardThatWaitedForItsCatalogueEntryIsRecordedWithTheCatalogueEventsId() {
        Awards awards = new Awards("northbridge", "Audited parked award " + UUID.randomUUID());
        UUID assessmentId = UUID.randomUUID();
        awards.publish(awards.decided(assessmentId, Decision.AWARD));
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.count("SELECT count(*) FROM pending_award"
                + " WHERE assessment_id = '" + assessmentId + "'") == 1);
        EventEnvelope<AchievementPublished> catalogue = awards.catalogueEvent();
        TestKafka.publish(Awards.PREFIX, awards.achievementId.toString(), catalogue);
        UUID credential = awards.awaitCredential(ADMIN, assessmentId);

        records(ADMIN, "objectId", credential).body("", hasSize(1))
                .body("[0].action", equalTo("credential.issued"))
                .body("[0].actorType", equalTo("service"))
                .body("[0].eventId", equalTo(catalogue.eventId().toString()))
                .body("[0].after.assessmentId", equalTo(assessmentId.toString()));
    }

    @Test
    void anLmsTriggeredAwardIsRecordedWithItsProgressBasis() {
        Awards awards = new Awards("northbridge", "Audited LMS award " + UUID.randomUUID());
        awards.publishCatalogue();
        UUID assessmentId = UUID.randomUUID();
        AssessmentDecided progress = awards.decided(assessmentId, Decision.AWARD).payload().toBuilder()
                .submissionId(null).assessorId(null).scores(List.of()).evidence(List.of())
                .basis(AssessmentDecided.PROGRESS).score(new java.math.BigDecimal("91.5")).build();
        EventEnvelope<AssessmentDecided> event = EventEnvelope.wrap(progress, awards.tenant,
                awards.enrolmentId.toString(), Instant.now(), null);
        awards.publish(event);
        UUID credential = awards.awaitCredential(ADMIN, assessmentId);

        records(ADMIN, "objectId", credential).body("[0].action", equalTo("credential.issued"))
                .body("[0].eventId", equalTo(event.eventId().toString()))
                .body("[0].after.basis", equalTo("progress"));
    }

    @Test
    void suspensionReinstatementAndRevocationAreRecordedWithTheAdminAndBeforeAndAfter() {
        UUID credential = new Awards("northbridge", "Audited status " + UUID.randomUUID()).issue(ADMIN);
        change(credential, "suspend", "Under investigation");
        change(credential, "reinstate", "Cleared");
        change(credential, "revoke", "Awarded in error");
        // A refused change (revocation is final) writes nothing: its transaction rolled back.
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                .post("/api/v1/credentials/" + credential + "/suspend").then().statusCode(409);

        String admin = Tokens.subject(ADMIN);
        records(ADMIN, "objectId", credential).body("", hasSize(4))
                .body("action", equalTo(List.of("credential.revoked", "credential.reinstated", "credential.suspended",
                        "credential.issued")))
                .body("[0].actorType", equalTo("user"))
                .body("[0].actorId", equalTo(admin))
                .body("[0].actorRoles", hasItem("issuer-admin"))
                .body("[0].eventId", nullValue())
                .body("[0].before.status", equalTo("ACTIVE"))
                .body("[0].before.reason", equalTo("Cleared"))
                .body("[0].after.status", equalTo("REVOKED"))
                .body("[0].after.reason", equalTo("Awarded in error"))
                .body("[1].before.status", equalTo("SUSPENDED"))
                .body("[1].after.status", equalTo("ACTIVE"))
                .body("[2].before.status", equalTo("ACTIVE"))
                .body("[2].before.reason", nullValue())
                .body("[2].after.status", equalTo("SUSPENDED"))
                .body("[2].after.reason", equalTo("Under investigation"));
    }

    @Test
    void keyRotationAndCompromiseAreRecorded() {
        String first = rotate("sp-admin");
        String second = rotate("sp-admin");
        records("sp-admin", "objectId", second).body("", hasSize(1))
                .body("[0].action", equalTo("issuer-key.rotated"))
                .body("[0].objectType", equalTo("issuer-key"))
                .body("[0].before.activeKeyId", equalTo(first))
                .body("[0].after.activeKeyId", equalTo(second))
                .body("[0].after.retiredKeyId", equalTo(first));

        given().auth().oauth2(Tokens.user("sp-admin")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Backup lost")).post("/api/v1/issuer-keys/" + first + "/compromise")
                .then().statusCode(200);
        records("sp-admin", "objectId", first, "action", "issuer-key.compromised").body("", hasSize(1))
                .body("[0].actorId", equalTo(Tokens.subject("sp-admin")))
                .body("[0].before.state", equalTo("RETIRED"))
                .body("[0].after.state", equalTo("COMPROMISED"))
                .body("[0].after.reason", equalTo("Backup lost"));
    }

    @Test
    void droppingAParkedOutboxEventIsRecorded() {
        UUID eventId = UUID.randomUUID();
        Db.update("INSERT INTO outbox_event (event_id, topic, record_key, event_type, tenant_id, subject, occurred_at,"
                + " envelope, parked_at, park_reason) VALUES ('" + eventId + "', 'test.issuance.credentials.v1', 'k',"
                + " 'credential.issued', 'northbridge', 's', now(), '{}', now(), 'too-large: test')");
        given().auth().oauth2(Tokens.user(ADMIN)).queryParam("reason", "Cannot be sent")
                .delete("/api/v1/ops/outbox/parked/" + eventId).then().statusCode(204);
        records(ADMIN, "objectId", eventId).body("", hasSize(1))
                .body("[0].action", equalTo("outbox.event.dropped"))
                .body("[0].objectType", equalTo("outbox-event"))
                .body("[0].before.status", equalTo("parked"))
                .body("[0].before.parkReason", equalTo("too-large: test"))
                .body("[0].after.status", equalTo("dropped"))
                .body("[0].after.reason", equalTo("Cannot be sent"));
    }

    @Test
    void filtersAndPagesWithAnOpaqueCursor() {
        UUID credential = new Awards("northbridge", "Audited pages " + UUID.randomUUID()).issue(ADMIN);
        change(credential, "suspend", "One");
        change(credential, "reinstate", "Two");
        change(credential, "suspend", "Three");

        Response first = given().auth().oauth2(Tokens.user(ADMIN)).queryParam("objectId", credential.toString())
                .queryParam("limit", 3).get("/api/v1/audit");
        first.then().statusCode(200).body("", hasSize(3));
        String link = first.header("Link");
        assertNotNull(link, "a next page");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        assertTrue(next.contains("objectId=" + credential), "the filters carry over: " + next);
        Response second = given().auth().oauth2(Tokens.user(ADMIN)).get(next);
        second.then().statusCode(200).body("", hasSize(1)).body("[0].action", equalTo("credential.issued"));
        assertNull(second.header("Link"), "the last page");
        List<Integer> seqs = first.jsonPath().getList("seq");
        assertTrue(seqs.get(0) > seqs.get(1) && seqs.get(1) > seqs.get(2)
                && seqs.get(2) > second.jsonPath().getInt("[0].seq"), "newest first, no overlap: " + seqs);

        records(ADMIN, "objectId", credential, "action", "credential.suspended").body("", hasSize(2));
        records(ADMIN, "objectId", credential, "actor", Tokens.subject(ADMIN)).body("", hasSize(3));
        records(ADMIN, "objectId", credential, "objectType", "issuer-key").body("", hasSize(0));
        records(ADMIN, "objectId", credential, "from", Instant.now().plus(1, ChronoUnit.HOURS)).body("", hasSize(0));
        records(ADMIN, "objectId", credential, "to", Instant.now().plus(1, ChronoUnit.HOURS)).body("", hasSize(4));

        given().auth().oauth2(Tokens.user(ADMIN)).queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/audit")
                .then().statusCode(400).body("type", equalTo("https://microcred.org/problems/bad-cursor"));
        given().auth().oauth2(Tokens.user(ADMIN)).queryParam("from", "yesterday").get("/api/v1/audit")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void exportsCsvAndJsonLinesWhoseHashesAnOutsiderRecomputes() throws Exception {
        UUID credential = new Awards("northbridge", "Audited export " + UUID.randomUUID()).issue(ADMIN);
        change(credential, "suspend", "Checking, \"quoted\"\nand on two lines");
        String from = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        String to = Instant.now().plus(1, ChronoUnit.HOURS).toString();

        Response csv = export("csv", from, to, credential);
        csv.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        String text = csv.asString();
        assertTrue(text.startsWith("tenantId,seq,recordedAt,actorType,actorId,actorRoles,eventId,action,objectType,"
                + "objectId,before,after,prevHash,hash\r\n"), text);
        assertTrue(text.contains(",credential.issued,credential," + credential + ","), text);
        assertTrue(text.contains("\"{\"\"reason\"\":\"\"Checking, \\\"\"quoted\\\"\"\\nand on two lines\"\","
                + "\"\"status\"\":\"\"SUSPENDED\"\"}\""), "the after state as hashed, quoted for CSV: " + text);

        Response jsonl = export("jsonl", from, to, credential);
        jsonl.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("application/x-ndjson"));
        String[] lines = jsonl.asString().split("\n");
        assertEquals(2, lines.length, jsonl.asString());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode issued = mapper.readTree(lines[0]);
        JsonNode suspended = mapper.readTree(lines[1]);
        assertEquals("credential.issued", issued.get("action").asText());
        assertEquals("credential.suspended", suspended.get("action").asText());
        for (JsonNode record : List.of(issued, suspended)) {
            assertEquals(record.get("hash").asText(), outsidersHash((ObjectNode) record), record.toString());
        }

        given().auth().oauth2(Tokens.user(ADMIN)).queryParam("format", "xml").queryParam("from", from)
                .queryParam("to", to).get("/api/v1/audit/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        given().auth().oauth2(Tokens.user(ADMIN)).queryParam("format", "csv").queryParam("to", to)
                .get("/api/v1/audit/export").then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.user(ADMIN)).queryParam("format", "csv").queryParam("from", "2024-01-01T00:00:00Z")
                .queryParam("to", "2025-06-01T00:00:00Z").get("/api/v1/audit/export").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void theInstitutionsChainVerifies() {
        new Awards("northbridge", "Audited chain " + UUID.randomUUID()).issue(ADMIN);
        Response verified = given().auth().oauth2(Tokens.user("nb-release")).post("/api/v1/audit/verify");
        verified.then().statusCode(200).body("tenantId", equalTo("northbridge")).body("verified", equalTo(true))
                .body("firstBroken", nullValue());
        assertEquals(verified.jsonPath().getLong("records"), verified.jsonPath().getLong("headSeq"));
        assertTrue(verified.jsonPath().getLong("records") >= 1);
    }

    @Test
    void onlyTheInstitutionsIssuerAdminsAndReleaseManagersSeeItsTrail() {
        UUID credential = new Awards("northbridge", "Audited access " + UUID.randomUUID()).issue(ADMIN);
        records("nb-release", "objectId", credential).body("", hasSize(1));
        records("sp-admin", "objectId", credential).body("", hasSize(0));
        given().auth().oauth2(Tokens.user("sp-release")).post("/api/v1/audit/verify").then().statusCode(200)
                .body("tenantId", equalTo("southport"));
        for (String user : List.of("nb-earner", "nb-assessor")) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/audit").then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).queryParam("format", "csv").get("/api/v1/audit/export")
                    .then().statusCode(403);
            given().auth().oauth2(Tokens.user(user)).post("/api/v1/audit/verify").then().statusCode(403);
        }
        given().get("/api/v1/audit").then().statusCode(401);
        given().post("/api/v1/audit/verify").then().statusCode(401);
    }

    /**
     * The documented rule, recomputed without the service's code: the record's fields but the hash, with "v": 1, as
     * JSON with sorted keys and no whitespace (RFC 8785 for these values), SHA-256, lower-case hex.
     */
    private static String outsidersHash(ObjectNode record) throws Exception {
        ObjectNode fields = record.deepCopy();
        fields.remove("hash");
        fields.put("v", 1);
        ObjectMapper sorted = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        String canonical = sorted.writeValueAsString(sorted.convertValue(fields, Object.class));
        assertFalse(canonical.contains(" :"), canonical);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static Response export(String format, String from, String to, UUID objectId) {
        return given().auth().oauth2(Tokens.user(ADMIN)).queryParam("format", format).queryParam("from", from)
                .queryParam("to", to).queryParam("objectId", objectId.toString()).get("/api/v1/audit/export");
    }

    private static io.restassured.response.ValidatableResponse records(String user, Object... filters) {
        var request = given().auth().oauth2(Tokens.user(user));
        for (int i = 0; i < filters.length; i += 2) {
            request.queryParam((String) filters[i], filters[i + 1].toString());
        }
        return request.get("/api/v1/audit").then().statusCode(200);
    }

    private static void change(UUID credential, String change, String reason) {
        given().auth().oauth2(Tokens.user(ADMIN)).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/v1/credentials/" + credential + "/" + change).then().statusCode(200);
    }

    private static String rotate(String admin) {
        return given().auth().oauth2(Tokens.user(admin)).post("/api/v1/issuer-keys/rotate").then().statusCode(201)
                .extract().path("keyId");
    }
}
