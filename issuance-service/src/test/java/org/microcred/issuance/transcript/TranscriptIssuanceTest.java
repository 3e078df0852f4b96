package org.microcred.issuance.transcript;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.issuance.TranscriptIssued;
import org.microcred.events.issuance.TranscriptRefused;
import org.microcred.events.wallet.TranscriptRequested;
import org.microcred.issuance.Awards;
import org.microcred.issuance.Db;
import org.microcred.issuance.IssuanceTopic;
import org.microcred.issuance.ProfileResolver;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;
import org.microcred.credentials.contexts.ClrContext;

/**
 * {@code wallet.transcript.requested} on the real broker: the earner's own active credentials are signed into one
 * CLR 2.0 transcript, once however often the request arrives, verifying against the issuer profile served over HTTP;
 * another earner's, another tenant's or a revoked credential makes a refusal naming it.
 */
@Tag("servers")
@QuarkusTest
class TranscriptIssuanceTest {

    private static final String ADMIN = "nb-admin";
    private static final DataIntegrityProofs PROOFS = new DataIntegrityProofs();

    private final Awards awards = new Awards("northbridge", "Transcript SAFe® Practice");

    private static EventEnvelope<TranscriptRequested> request(String tenant, String earnerId, List<UUID> ids) {
        TranscriptRequested requested = new TranscriptRequested(UUID.randomUUID(), earnerId, ids, "Zoë's record",
                Instant.now());
        return EventEnvelope.wrap(requested, tenant, requested.transcriptId().toString(), Instant.now(), null);
    }

    /** Keyed by earner, as the wallet keys it. */
    private static void publish(EventEnvelope<TranscriptRequested> event) {
        TestKafka.publish(Awards.PREFIX, event.payload().earnerId(), event);
    }

    @Test
    void ownActiveCredentialsAreSignedIntoOneTranscriptHoweverOftenItIsAsked() throws Exception {
        assumeClrContext("TranscriptIssuanceTest.ownActiveCredentialsAreSignedIntoOneTranscriptHoweverOftenItIsAsked");
        UUID first = awards.issue(ADMIN);
        UUID second = awards.issueAnother(ADMIN);
        EventEnvelope<TranscriptRequested> request = request("northbridge", awards.earnerId, List.of(second, first));
        publish(request);
        publish(request);
        publish(EventEnvelope.wrap(request.payload(), "northbridge", request.subject(), Instant.now(), null));
        // The same key: once this later request is answered, every copy of the first was applied.
        publish(request("northbridge", awards.earnerId, List.of(UUID.randomUUID())));
        IssuanceTopic.await(awards.earnerId, TranscriptRefused.class, 1);

        List<TranscriptIssued> issued = IssuanceTopic.await(awards.earnerId, TranscriptIssued.class, 1);
        assertEquals(1, issued.size());
        TranscriptIssued transcript = issued.get(0);
        assertEquals(request.payload().transcriptId(), transcript.transcriptId());
        assertEquals(List.of(second, first), transcript.credentialIds());
        assertEquals(1, Db.count("SELECT count(*) FROM issued_transcript WHERE id = '"
                + request.payload().transcriptId() + "' AND status = 'ISSUED'"));
        assertEquals(1, Db.count("SELECT count(*) FROM outbox_event WHERE event_type = 'issuance.transcript.issued'"
                + " AND subject = '" + request.payload().transcriptId() + "'"));

        String text = transcript.transcriptText();
        // Stored as the text that was signed and published: the same bytes.
        assertEquals(1, Db.count("SELECT count(*) FROM issued_transcript WHERE id = '"
                + request.payload().transcriptId() + "' AND md5(document) = '" + md5(text) + "'"));
        assertTrue(PROOFS.verify(text, new ProfileResolver()).valid(), "the transcript's proof");
        JsonNode clr = EventCodec.mapper().readTree(text);
        assertEquals("ClrCredential", clr.get("type").get(1).asText());
        assertEquals("Zoë's record", clr.get("name").asText());
        JsonNode embedded = clr.at("/credentialSubject/verifiableCredential");
        assertEquals(2, embedded.size());
        assertEquals(EventCodec.mapper().readTree(Awards.document(ADMIN, second)), embedded.get(0));
        assertEquals(EventCodec.mapper().readTree(Awards.document(ADMIN, first)), embedded.get(1));
        for (JsonNode credential : embedded) {
            assertTrue(PROOFS.verify(credential.toString(), new ProfileResolver()).valid(), "an embedded proof");
        }
        assertEquals(embedded.get(0).get("issuer"), clr.get("issuer"));
        ClrSchema.assertValid(text);
    }

    private static String md5(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Where the CLR 2.0 context is not at hand (it is not bundled), a valid request is refused, saying why. */
    @Test
    void withoutTheClrContextAValidRequestIsRefusedSayingWhy() {
        assumeFalse(ClrContext.available(), "the CLR 2.0 context is supplied here: transcripts are signed");
        UUID credential = awards.issue(ADMIN);
        EventEnvelope<TranscriptRequested> request = request("northbridge", awards.earnerId, List.of(credential));
        publish(request);
        TranscriptRefused refused = IssuanceTopic.await(awards.earnerId, TranscriptRefused.class, 1).get(0);
        assertEquals(request.payload().transcriptId(), refused.transcriptId());
        assertEquals("clr-context-unavailable", refused.reason());
        assertTrue(refused.detail().contains(ClrContext.URL), refused.detail());
        assertEquals(1, Db.count("SELECT count(*) FROM issued_transcript WHERE id = '"
                + request.payload().transcriptId() + "' AND status = 'REFUSED' AND document IS NULL"));
    }

    @Test
    void anotherEarnersOrAnotherTenantsCredentialIsRefusedNamingIt() {
        UUID credential = awards.issue(ADMIN);
        String stranger = "earner-" + UUID.randomUUID();
        publish(request("northbridge", stranger, List.of(credential)));
        TranscriptRefused foreign = IssuanceTopic.await(stranger, TranscriptRefused.class, 1).get(0);
        assertEquals("unknown-credentials", foreign.reason());
        assertTrue(foreign.detail().contains("urn:uuid:" + credential), foreign.detail());

        // The same earner id asking under another institution finds nothing of this one's.
        publish(request("southport", awards.earnerId, List.of(credential)));
        TranscriptRefused otherTenant = IssuanceTopic.await(awards.earnerId, TranscriptRefused.class, 1).get(0);
        assertEquals("unknown-credentials", otherTenant.reason());
        assertEquals(0, Db.count("SELECT count(*) FROM issued_transcript WHERE status = 'ISSUED' AND earner_id IN ('"
                + stranger + "', '" + awards.earnerId + "')"));
    }

    @Test
    void aRevokedCredentialIsRefusedAndTheTranscriptNotSigned() {
        UUID kept = awards.issue(ADMIN);
        UUID revoked = awards.issueAnother(ADMIN);
        given().auth().oauth2(Tokens.user(ADMIN)).contentType("application/json")
                .body("{\"reason\":\"Awarded in error\"}").post("/api/v1/credentials/" + revoked + "/revoke")
                .then().statusCode(200);
        EventEnvelope<TranscriptRequested> request = request("northbridge", awards.earnerId, List.of(kept, revoked));
        publish(request);
        TranscriptRefused refused = IssuanceTopic.await(awards.earnerId, TranscriptRefused.class, 1).get(0);
        assertEquals(request.payload().transcriptId(), refused.transcriptId());
        assertEquals("revoked-credentials", refused.reason());
        assertTrue(refused.detail().contains("urn:uuid:" + revoked) && !refused.detail().contains(kept.toString()),
                refused.detail());
        assertEquals(1, Db.count("SELECT count(*) FROM issued_transcript WHERE id = '"
                + request.payload().transcriptId() + "' AND status = 'REFUSED' AND document IS NULL"));
    }

    /** Skips a test that signs or verifies a transcript where the CLR 2.0 context is not at hand, saying so. */
    static void assumeClrContext(String what) {
        assumeTrue(ClrContext.available(), () -> {
            String line = "[skipped] " + what + ": " + ClrContext.MISSING;
            System.out.println(line);
            return line;
        });
    }
}
