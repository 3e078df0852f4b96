package org.microcred.wallet.transcript;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.issuance.TranscriptIssued;
import org.microcred.events.issuance.TranscriptRefused;
import org.microcred.events.wallet.TranscriptRequested;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.wallet.WalletFixture;

/**
 * The transcript API on the real servers: the earner asks for a transcript of their own credentials (202, PENDING,
 * {@code wallet.transcript.requested} in the outbox), issuance's answer arriving over Kafka makes it ISSUED (the
 * signed text served byte for byte) or REFUSED, once; other earners and institutions see nothing; limits are 422.
 */
@Tag("servers")
@QuarkusTest
class TranscriptResourceTest {

    private static final String EARNER = "nb-earner";
    private static final String PATH = "/api/v1/wallet/transcripts";
    /** Written unusually on purpose, so that a wallet that parsed and wrote it again would be caught. */
    private static final String SIGNED = "{ \"type\" :[\"VerifiableCredential\",\"ClrCredential\"],\n"
            + "  \"name\": \"Caf\\u00e9 \\\"Zo\u00eb\\\"\"}";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user));
    }

    private static String ask(String user, List<UUID> ids, String name) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("credentialIds", ids);
        body.put("name", name);
        var response = as(user).contentType("application/json").body(body).post(PATH)
                .then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("document", nullValue()).extract();
        String id = response.path("id");
        assertEquals(true, response.header("Location").endsWith(PATH + "/" + id), response.header("Location"));
        return id;
    }

    private static void answer(EventEnvelope<? extends EventPayload> event, String earnerId) {
        TestKafka.publish(WalletFixture.PREFIX, earnerId, event);
    }

    private static void awaitStatus(String user, String id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(user).get(PATH + "/" + id)
                .then().statusCode(200).body("status", equalTo(status)));
    }

    @Test
    void anEarnersTranscriptIsRequestedThenIssuedAndServedByteForByte() {
        UUID first = WalletFixture.delivered(EARNER, "Spreadsheets").credentialId();
        UUID second = WalletFixture.delivered(EARNER, "Statistics").credentialId();
        String earnerId = Tokens.claim(EARNER, "sub");
        String tenant = Tokens.claim(EARNER, "tenant");

        String id = ask(EARNER, List.of(second, first), "Zoë's record");
        as(EARNER).get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("name", equalTo("Zoë's record"))
                .body("credentialIds", equalTo(List.of(second.toString(), first.toString())));
        TranscriptRequested requested = WalletFixture.awaitWalletEvent(earnerId, TranscriptRequested.class,
                r -> r.transcriptId().toString().equals(id));
        assertEquals(List.of(second, first), requested.credentialIds());
        assertEquals("Zoë's record", requested.name());
        as(EARNER).get(PATH + "/" + id + "/clr").then().statusCode(409)
                .body("type", endsWith("/transcript-not-issued"));

        EventEnvelope<TranscriptIssued> issued = EventEnvelope.wrap(new TranscriptIssued(requested.transcriptId(),
                earnerId, requested.credentialIds(), SIGNED, Instant.now()), tenant, id, Instant.now(), null);
        answer(issued, earnerId);
        answer(issued, earnerId); // redelivered
        // A refusal arriving after it changes nothing: the transcript keeps its first outcome.
        answer(EventEnvelope.wrap(new TranscriptRefused(requested.transcriptId(), earnerId, "too-large", "late",
                Instant.now()), tenant, id, Instant.now(), null), earnerId);
        awaitStatus(EARNER, id, "ISSUED");
        as(EARNER).get(PATH + "/" + id).then().body("document", equalTo(PATH + "/" + id + "/clr"));
        byte[] body = as(EARNER).get(PATH + "/" + id + "/clr").then().statusCode(200)
                .contentType(containsString("application/json")).extract().asByteArray();
        assertArrayEquals(SIGNED.getBytes(StandardCharsets.UTF_8), body);
        as(EARNER).get(PATH).then().statusCode(200).body("id", hasItem(id));
    }

    /** An answer without the signed text can never be served: it goes to the dead-letter topic, the request waits. */
    @Test
    void anIssuedAnswerWithoutItsTextIsADeadLetter() {
        UUID credential = WalletFixture.delivered(EARNER, "Dead letter").credentialId();
        String earnerId = Tokens.claim(EARNER, "sub");
        String id = ask(EARNER, List.of(credential), null);
        answer(EventEnvelope.wrap(new TranscriptIssued(UUID.fromString(id), earnerId, List.of(credential), null,
                Instant.now()), Tokens.claim(EARNER, "tenant"), id, Instant.now(), null), earnerId);
        WalletFixture.awaitDeadLetter(id, "issuance.transcript.issued");
        as(EARNER).get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    @Test
    void aRefusalIsShownWithItsReason() {
        UUID credential = WalletFixture.delivered(EARNER, "Refused one").credentialId();
        String earnerId = Tokens.claim(EARNER, "sub");
        String id = ask(EARNER, List.of(credential), "To be refused");
        answer(EventEnvelope.wrap(new TranscriptRefused(UUID.fromString(id), earnerId, "revoked-credentials",
                "Revoked: urn:uuid:" + credential, Instant.now()), Tokens.claim(EARNER, "tenant"), id, Instant.now(),
                null), earnerId);
        awaitStatus(EARNER, id, "REFUSED");
        as(EARNER).get(PATH + "/" + id).then().body("refusalReason", equalTo("revoked-credentials"))
                .body("refusalDetail", containsString(credential.toString())).body("document", nullValue());
        as(EARNER).get(PATH + "/" + id + "/clr").then().statusCode(409);
    }

    @Test
    void anotherEarnerOrInstitutionSeesNothingAndCannotUseTheCredentials() {
        UUID credential = WalletFixture.delivered(EARNER, "Mine only").credentialId();
        String id = ask(EARNER, List.of(credential), null);
        for (String other : new String[] {"nb-earner2", "sp-earner"}) {
            as(other).get(PATH + "/" + id).then().statusCode(404);
            as(other).get(PATH + "/" + id + "/clr").then().statusCode(404);
            as(other).get(PATH).then().statusCode(200).body("id", not(hasItem(id)));
            as(other).contentType("application/json").body(Map.of("credentialIds", List.of(credential)))
                    .post(PATH).then().statusCode(422).body("type", endsWith("/unknown-credentials"))
                    .body("detail", containsString(credential.toString()));
        }
    }

    @Test
    void badRequestsAreRefusedNamingTheProblem() {
        UUID credential = WalletFixture.delivered(EARNER, "Limits").credentialId();
        List<UUID> tooMany = new ArrayList<>();
        for (int i = 0; i < TranscriptRules.MAX_CREDENTIALS + 1; i++) {
            tooMany.add(UUID.randomUUID());
        }
        refused(Map.of("credentialIds", List.of()), 422, "no-credentials");
        refused(Map.of("name", "no list"), 422, "no-credentials");
        refused(Map.of("credentialIds", tooMany), 422, "too-many-credentials");
        refused(Map.of("credentialIds", List.of(credential, credential)), 422, "duplicate-credentials");
        refused(Map.of("credentialIds", List.of(credential, UUID.randomUUID())), 422, "unknown-credentials");
        refused(Map.of("credentialIds", List.of(credential), "name", "x".repeat(TranscriptRules.MAX_NAME + 1)), 400,
                "validation");
        as(EARNER).contentType("application/json").body("{\"credentialIds\":[\"not-a-uuid\"]}").post(PATH)
                .then().statusCode(400);
        given().contentType("application/json").body(Map.of("credentialIds", List.of(credential))).post(PATH)
                .then().statusCode(401);
        as("nb-assessor").get(PATH).then().statusCode(403);
        as(EARNER).get(PATH + "?limit=201").then().statusCode(400);
    }

    private static void refused(Map<String, ?> body, int status, String type) {
        as(EARNER).contentType("application/json").body(body).post(PATH).then().statusCode(status)
                .body("type", endsWith("/" + type));
    }
}
