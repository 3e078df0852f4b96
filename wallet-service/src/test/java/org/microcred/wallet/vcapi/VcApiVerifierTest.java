package org.microcred.wallet.vcapi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.wallet.WalletFixture;
import org.microcred.wallet.verification.IssuerServer;
import org.microcred.wallet.verification.TestIssuer;

/**
 * The VC-API verifier: 200 only when verified, 422 with the failed checks as errors when not, 400 when malformed;
 * credentials of an https issuer with a controller document and status lists (as ours are) and of an outside
 * did:key issuer; presentations whose authentication proof must carry the given challenge and domain. Each request
 * comes from a client address of its own ({@link WalletFixture#publicClient()}): the endpoints are rate-limited.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class VcApiVerifierTest {

    private static final String CREDENTIALS = "/api/v1/verifier/credentials/verify";
    private static final String PRESENTATIONS = "/api/v1/verifier/presentations/verify";

    @Test
    void aCredentialOfAnHttpsIssuerWithItsStatusListVerifies() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION);
        String signed = issuer.sign(issuer.withStatus(issuer.credential("Ours"), "1", 42, StatusPurpose.REVOCATION));
        verifyCredential(signed).statusCode(200).contentType(ContentType.JSON)
                .body("verified", equalTo(true))
                .body("errors", empty())
                .body("checks", hasItem("proof")).body("checks", hasItem("status"));
    }

    @Test
    void aRevokedCredentialIs422WithTheStatusError() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION, 42);
        String signed = issuer.sign(issuer.withStatus(issuer.credential("Revoked"), "1", 42, StatusPurpose.REVOCATION));
        verifyCredential(signed).statusCode(422)
                .body("verified", equalTo(false))
                .body("errors.type", hasItem("https://microcred.org/problems/status-failed"))
                .body("errors.detail", hasItem(containsString("revoked")));
    }

    @Test
    void aSuspendedCredentialIs422() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("s", StatusPurpose.SUSPENSION, 3);
        String signed = issuer.sign(issuer.withStatus(issuer.credential("Suspended"), "s", 3,
                StatusPurpose.SUSPENSION));
        verifyCredential(signed).statusCode(422).body("errors.detail", hasItem(containsString("suspended")));
    }

    @Test
    void anOutsideDidKeyIssuersCredentialVerifiesWithTheUnknownIssuerAsAWarning() {
        TestIssuer issuer = TestIssuer.didKey();
        verifyCredential(issuer.sign(issuer.credential("Outside"))).statusCode(200)
                .body("verified", equalTo(true))
                .body("warnings.type", hasItem("https://microcred.org/problems/issuer-known-failed"))
                .body("errors", empty());
    }

    @Test
    void aVc11CredentialVerifies() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = TestIssuer.JSON.createObjectNode();
        credential.putArray("@context").add("https://www.w3.org/2018/credentials/v1")
                .add("https://w3id.org/security/data-integrity/v2");
        credential.put("id", "urn:uuid:6f1b4a55-3d5e-4c8a-9d1e-0c2b7a8e9f10");
        credential.putArray("type").add("VerifiableCredential");
        credential.put("issuer", issuer.id);
        credential.put("issuanceDate", "2026-01-01T00:00:00Z");
        credential.putObject("credentialSubject").put("id", "did:example:learner");
        verifyCredential(issuer.sign(credential)).statusCode(200).body("verified", equalTo(true));
    }

    @Test
    void aTamperedCredentialIs422WithTheProofError() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode signed = (ObjectNode) TestHolder.read(issuer.sign(issuer.credential("Original")));
        signed.put("name", "Forged");
        verifyCredential(signed.toString()).statusCode(422)
                .body("verified", equalTo(false))
                .body("errors.type", hasItem("https://microcred.org/problems/proof-failed"));
    }

    @Test
    void malformedRequestsAre400WithVerifiedFalse() {
        post(CREDENTIALS, "not json").statusCode(400).body("verified", equalTo(false))
                .body("errors[0].type", equalTo("https://microcred.org/problems/malformed-json"));
        post(CREDENTIALS, "{\"verifiableCredential\": 42}").statusCode(400).body("verified", equalTo(false))
                .body("errors[0].type", equalTo("https://microcred.org/problems/malformed-request"));
        post(CREDENTIALS, "{\"verifiableCredential\": {}, \"options\": {\"checks\": \"proof\"}}").statusCode(400)
                .body("verified", equalTo(false));
        post(PRESENTATIONS, "{\"verifiablePresentation\": {}}").statusCode(400)
                .body("errors[0].detail", containsString("options.challenge"));
    }

    @Test
    void aPresentationWithTheRightChallengeAndDomainAndAVerifiedCredentialVerifies() {
        TestIssuer issuer = TestIssuer.didKey();
        TestHolder holder = new TestHolder();
        ObjectNode presentation = holder.present("c-123", "https://recognizer.example",
                issuer.sign(issuer.credential("Presented")));
        verifyPresentation(presentation, "c-123", "https://recognizer.example").statusCode(200)
                .body("verified", equalTo(true))
                .body("errors", empty())
                .body("credentialResults", hasSize(1))
                .body("credentialResults[0].verified", equalTo(true));
    }

    @Test
    void aWrongChallengeOrDomainIs422() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode presentation = new TestHolder().present("c-123", "https://recognizer.example",
                issuer.sign(issuer.credential("Presented")));
        verifyPresentation(presentation, "c-other", "https://recognizer.example").statusCode(422)
                .body("verified", equalTo(false))
                .body("errors[0].type", equalTo("https://microcred.org/problems/challenge-mismatch"));
        verifyPresentation(presentation, "c-123", "https://other.example").statusCode(422)
                .body("errors[0].type", equalTo("https://microcred.org/problems/domain-mismatch"));
    }

    @Test
    void aPresentationHoldingARevokedCredentialIs422() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION, 5);
        String revoked = issuer.sign(issuer.withStatus(issuer.credential("Revoked"), "1", 5,
                StatusPurpose.REVOCATION));
        ObjectNode presentation = new TestHolder().present("c-9", "https://recognizer.example", revoked);
        verifyPresentation(presentation, "c-9", "https://recognizer.example").statusCode(422)
                .body("verified", equalTo(false))
                .body("credentialResults[0].verified", equalTo(false))
                .body("errors.detail", hasItem(containsString("verifiableCredential[0]")));
    }

    private static ValidatableResponse verifyCredential(String signed) {
        return post(CREDENTIALS, "{\"verifiableCredential\": " + signed + ", \"options\": {\"checks\": [\"proof\"]}}");
    }

    private static ValidatableResponse verifyPresentation(ObjectNode presentation, String challenge, String domain) {
        return WalletFixture.publicClient().contentType(ContentType.JSON).body(Map.of("verifiablePresentation", presentation,
                "options", Map.of("challenge", challenge, "domain", domain))).post(PRESENTATIONS).then();
    }

    private static ValidatableResponse post(String path, String body) {
        return WalletFixture.publicClient().contentType(ContentType.JSON).body(body).post(path).then();
    }
}
