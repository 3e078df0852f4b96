package org.microcred.wallet.verification;

import static org.hamcrest.Matchers.equalTo;
import static org.microcred.wallet.verification.Reports.check;
import static org.microcred.wallet.verification.Reports.verify;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.contexts.ClrContext;

/**
 * A CLR 2.0 transcript ({@code ClrCredential}, the CLR 2.0.1 context bundled in the credentials library) is a
 * verifiable credential with a Data Integrity proof: the wallet's verifier checks it as it checks a badge, and a
 * change to a credential embedded in it breaks the transcript's proof.
 */
@Tag("servers")
@QuarkusTest
class ClrTranscriptVerifyTest {

    private final TestIssuer issuer = TestIssuer.didKey();

    private ObjectNode transcript() throws Exception {
        ObjectNode first = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(issuer.credential("Spreadsheets")));
        ObjectNode second = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(issuer.credential("Statistics")));
        ObjectNode clr = TestIssuer.JSON.createObjectNode();
        clr.putArray("@context").add("https://www.w3.org/ns/credentials/v2")
                .add("https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json")
                .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        clr.put("id", "urn:uuid:" + UUID.randomUUID());
        clr.putArray("type").add("VerifiableCredential").add("ClrCredential");
        clr.put("name", "Zoë's transcript");
        clr.set("issuer", first.get("issuer").deepCopy());
        clr.put("validFrom", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode subject = clr.putObject("credentialSubject");
        subject.putArray("type").add("ClrSubject");
        subject.putArray("identifier").add(first.at("/credentialSubject/identifier/0").deepCopy());
        subject.putArray("achievement").add(first.at("/credentialSubject/achievement").deepCopy())
                .add(second.at("/credentialSubject/achievement").deepCopy());
        subject.putArray("verifiableCredential").add(first).add(second);
        ObjectNode association = subject.putArray("association").addObject();
        association.put("type", "Association");
        association.put("associationType", "isPeerOf");
        association.put("sourceId", first.at("/credentialSubject/achievement/id").asText());
        association.put("targetId", second.at("/credentialSubject/achievement/id").asText());
        return clr;
    }

    @Test
    void aSignedTranscriptVerifiesLikeACredential() throws Exception {
        assumeClrContext("ClrTranscriptVerifyTest.aSignedTranscriptVerifiesLikeACredential");
        ObjectNode clr = transcript();
        check(verify(issuer.sign(clr)).statusCode(200).body("verified", equalTo(true))
                .body("credentialId", equalTo(clr.get("id").asText())), "proof", true);
    }

    @Test
    void changingAnEmbeddedCredentialBreaksTheTranscriptsProof() throws Exception {
        assumeClrContext("ClrTranscriptVerifyTest.changingAnEmbeddedCredentialBreaksTheTranscriptsProof");
        ObjectNode signed = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(transcript()));
        ((ObjectNode) signed.at("/credentialSubject/verifiableCredential/1")).put("name", "Forged");
        check(verify(signed.toString()).statusCode(200).body("verified", equalTo(false)), "proof", false);
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
