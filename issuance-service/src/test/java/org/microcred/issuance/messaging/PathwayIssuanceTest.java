package org.microcred.issuance.messaging;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.events.EventEnvelope;
import org.microcred.events.Topics;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.events.enrolment.PathwayComponent;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.issuance.IssuanceTopic;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * {@code enrolment.pathway.completed} on the real broker issues the pathway's stacked credential: once per
 * earner and pathway version however often it is delivered, signed, with status entries, announced with
 * its {@code pathwayId}, and verifiable against the issuer profile served over HTTP.
 */
@Tag("servers")
@QuarkusTest
class PathwayIssuanceTest {

    private static final String TENANT = "northbridge";
    private static final String ADMIN = "nb-admin";

    private final UUID pathwayId = UUID.randomUUID();
    private final String earnerId = "earner-" + UUID.randomUUID();
    private final UUID componentCredential = UUID.randomUUID();

    private EventEnvelope<PathwayCompleted> completion(int version) {
        PathwayCompleted completed = new PathwayCompleted(pathwayId, version, "Data Analyst Certificate 日本語",
                "Stacks the data micro-credentials, Zoë.", "Earn all of them.", "Certificate", null, earnerId,
                earnerId + "@northbridge.example", "Zoë Earner",
                List.of(new PathwayComponent(UUID.randomUUID(), 2, "Spreadsheets SAFe®", componentCredential),
                        PathwayComponent.recognised(UUID.randomUUID(), 1, "Data Literacy Basics", UUID.randomUUID(),
                                UUID.randomUUID(), "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
                                "Eastbrook College", "https://eastbrook.example/achievements/data-literacy",
                                "Data Literacy")),
                Instant.now());
        return EventEnvelope.wrap(completed, TENANT, earnerId, Instant.now(), null);
    }

    /** Keyed as enrolment-service keys it, so one earner's completions of a pathway stay in order. */
    private void publish(EventEnvelope<?> event) {
        TestKafka.publish(Awards.PREFIX, pathwayId + ":" + earnerId, event);
    }

    private ValidatableResponse credentials() {
        return given().auth().oauth2(Tokens.user(ADMIN)).queryParam("earnerId", earnerId)
                .get("/api/v1/credentials").then().statusCode(200);
    }

    private UUID awaitCredential(int version) {
        String query = "find { it.pathwayId == '" + pathwayId + "' && it.achievementVersion == " + version + " }";
        await().atMost(Duration.ofSeconds(45)).until(() -> credentials().extract().path(query) != null);
        return UUID.fromString(credentials().extract().path(query + ".id"));
    }

    @Test
    void aCompletedPathwayIsIssuedOnceHoweverOftenItIsDelivered() {
        EventEnvelope<PathwayCompleted> completed = completion(1);
        publish(completed);
        publish(completed);
        publish(EventEnvelope.wrap(completed.payload(), TENANT, earnerId, Instant.now(), null)); // announced again
        // Version 2 has the same key: once it is issued, every copy of version 1 before it was applied.
        awaitCredential(1);
        publish(completion(2));
        awaitCredential(2);

        credentials().body("findAll { it.achievementVersion == 1 }", hasSize(1))
                .body("findAll { it.pathwayId == '" + pathwayId + "' }", hasSize(2));
        assertEquals(1, Db.count("SELECT count(*) FROM issued_credential WHERE pathway_id = '" + pathwayId
                + "' AND achievement_version = 1"));
        assertEquals(1, Db.count("SELECT count(*) FROM outbox_event WHERE event_type = 'credential.issued'"
                + " AND record_key = '" + earnerId + "' AND envelope LIKE '%\"achievementVersion\":1,%'"));
    }

    @Test
    void theStackedCredentialIsSignedVerifiesAndIsAnnouncedWithItsPathway() throws Exception {
        publish(completion(1));
        UUID credentialId = awaitCredential(1);

        JsonNode view = given().auth().oauth2(Tokens.user(ADMIN)).get("/api/v1/credentials/" + credentialId)
                .then().statusCode(200)
                .body("pathwayId", equalTo(pathwayId.toString()))
                .body("achievementId", equalTo(pathwayId.toString()))
                .body("enrolmentId", nullValue())
                .body("assessmentId", nullValue())
                .body("credential.credentialSubject.achievement.id", equalTo("urn:uuid:" + pathwayId))
                .body("credential.credentialSubject.achievement.achievementType", equalTo("Certificate"))
                .body("credential.credentialSubject.achievement.version", equalTo("1"))
                .body("credential.evidence[0].id", equalTo("urn:uuid:" + componentCredential))
                .body("credential.evidence[0].name", equalTo("Spreadsheets SAFe®"))
                // a credential from elsewhere the institution recognised, named among the components
                .body("credential.evidence[1].name", equalTo("Data Literacy"))
                .body("credential.evidence[1].genre", equalTo("Recognised credential"))
                .body("credential.evidence[1].description", containsString("issued by Eastbrook College"))
                .body("credential.credentialStatus.statusPurpose", equalTo("revocation"))
                .extract().as(JsonNode.class);
        String document = view.get("credential").toString();
        ProofCheck proof = new DataIntegrityProofs().verify(document, new ProfileResolver());
        assertTrue(proof.valid(), String.valueOf(proof.reason()));
        assertTrue(new VcJwt().verify(view.get("jwt").asText(), new ProfileResolver()).valid());

        CredentialIssued issued = IssuanceTopic.await(earnerId, CredentialIssued.class, 1).get(0);
        assertEquals(credentialId, issued.credentialId());
        assertEquals(pathwayId, issued.pathwayId());
        assertEquals(pathwayId, issued.achievementId());
        assertEquals(1, issued.achievementVersion());
        assertNull(issued.enrolmentId());
        assertNull(issued.assessmentId());
        assertEquals("Data Analyst Certificate 日本語", issued.achievementName());
        assertEquals(view.get("credential"), issued.credential());
    }

    @Test
    void aStackedCredentialCanBeRevokedAndTheChangeNamesNoEnrolment() {
        publish(completion(1));
        UUID credentialId = awaitCredential(1);
        given().auth().oauth2(Tokens.user(ADMIN)).contentType("application/json")
                .body("{\"reason\":\"Component credential withdrawn\"}")
                .post("/api/v1/credentials/" + credentialId + "/revoke")
                .then().statusCode(200).body("status", equalTo("REVOKED"));
        CredentialStatusChanged changed = IssuanceTopic.await(earnerId, CredentialStatusChanged.class, 1).get(0);
        assertEquals(credentialId, changed.credentialId());
        assertNull(changed.enrolmentId());
    }

    @Test
    void otherEnrolmentEventsAreSkippedAndACompletionWithoutComponentsIsDeadLettered() {
        EnrolmentCreated created = new EnrolmentCreated(UUID.randomUUID(), UUID.randomUUID(), 1, earnerId,
                earnerId + "@northbridge.example", "Zoë Earner", Instant.now());
        EventEnvelope<EnrolmentCreated> enrolment = EventEnvelope.wrap(created, TENANT, earnerId, Instant.now(), null);
        publish(enrolment);
        PathwayCompleted valid = completion(1).payload();
        PathwayCompleted empty = new PathwayCompleted(pathwayId, 1, valid.name(), null, null, null, null, earnerId,
                null, null, List.of(), Instant.now());
        EventEnvelope<PathwayCompleted> poison = EventEnvelope.wrap(empty, TENANT, earnerId, Instant.now(), null);
        publish(poison);
        publish(completion(2));

        awaitCredential(2);
        credentials().body("$", hasSize(1));
        TestKafka.await(Awards.PREFIX + Topics.ENROLMENT + ".issuance-service.dlq",
                r -> r.value().contains(poison.eventId().toString()), 1, Duration.ofSeconds(30));
        assertEquals(0, Db.count("SELECT count(*) FROM processed_event WHERE event_id = '" + enrolment.eventId() + "'"),
                "an enrolment.created is passed over without a transaction");
    }
}
