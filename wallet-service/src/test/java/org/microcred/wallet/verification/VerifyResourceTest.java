package org.microcred.wallet.verification;

import org.junit.jupiter.api.Tag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.microcred.wallet.verification.Reports.bytes;
import static org.microcred.wallet.verification.Reports.check;
import static org.microcred.wallet.verification.Reports.detail;
import static org.microcred.wallet.verification.Reports.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.jwt.VcJwt;
import org.microcred.credentials.keys.Multikey;
import org.microcred.wallet.WalletFixture;

/** POST /api/v1/verify: each check passes or fails with its reason (did:key issuers, VC-JWT, the vector). */
@Tag("servers")
@QuarkusTest
class VerifyResourceTest {

    @Test
    void aDidKeyCredentialVerifiesWithEveryCheckPassedButItsIssuerIsNotKnown() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = issuer.credential("Verified with did:key");
        ValidatableResponse report = verify(issuer.sign(credential)).statusCode(200)
                .body("verified", equalTo(true))
                .body("issuerKnown", equalTo(false))
                .body("credentialId", equalTo(credential.get("id").asText()))
                .body("issuer", equalTo(issuer.id))
                .body("checks.check", equalTo(List.of("structure", "proof", "issuer-key", "status",
                        "validity-window", "issuer-known")));
        for (String name : new String[] {"structure", "proof", "issuer-key", "status", "validity-window"}) {
            check(report, name, true);
        }
        check(report, "issuer-known", false);
    }

    @Test
    void aTamperedCredentialFailsTheProofCheck() throws Exception {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode signed = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(issuer.credential("Original name")));
        ((ObjectNode) signed.path("credentialSubject").path("achievement")).put("name", "Forged name");
        check(verify(signed.toString()).statusCode(200).body("verified", equalTo(false)), "proof", false)
                .body(detail("proof"), containsString("does not match"));
    }

    @Test
    void anUnsignedCredentialFailsTheProofCheck() {
        TestIssuer issuer = TestIssuer.didKey();
        check(verify(issuer.credential("Unsigned").toString()).statusCode(200).body("verified", equalTo(false)),
                "proof", false)
                .body(detail("proof"), equalTo("the credential carries no proof"))
                .body(detail("issuer-key"), containsString("no proof names"));
    }

    @Test
    void anExpiredCredentialFailsTheValidityWindow() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = issuer.credential("Expired");
        credential.put("validFrom", "2020-01-01T00:00:00Z");
        credential.put("validUntil", "2021-01-01T00:00:00Z");
        check(verify(issuer.sign(credential)).statusCode(200).body("verified", equalTo(false)), "validity-window",
                false)
                .body(detail("validity-window"), containsString("expired"));
        check(verify(issuer.sign(credential)), "proof", true);
    }

    @Test
    void aCredentialNotValidYetFailsTheValidityWindow() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = issuer.credential("Future");
        credential.put("validFrom", Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        check(verify(issuer.sign(credential)).statusCode(200), "validity-window", false)
                .body(detail("validity-window"), containsString("not valid yet"));
    }

    @Test
    void aStructureGapIsReportedButTheProofStillChecked() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = issuer.credential("No criteria");
        ((ObjectNode) credential.path("credentialSubject").path("achievement")).remove("criteria");
        check(verify(issuer.sign(credential)).statusCode(200).body("verified", equalTo(false)), "structure", false)
                .body(detail("structure"), containsString("credentialSubject.achievement.criteria is missing"));
        check(verify(issuer.sign(credential)), "proof", true);
    }

    @Test
    void theConformanceVectorVerifiesForProofAndKeyAndItsUnreachableStatusListFails() {
        // Its list is on a public https host, so it may be fetched; example.edu serves none (or is not reachable).
        String vector = TestIssuer.resourceText("vectors/signed.json");
        ValidatableResponse report = verify(vector).statusCode(200).body("verified", equalTo(false))
                .body("credentialId", equalTo("urn:uuid:7f3b0c2e-5a8d-4c1e-9b7a-1d2e3f4a5b6c"));
        check(report, "structure", true);
        check(report, "proof", true);
        check(report, "issuer-key", true);
        check(report, "validity-window", true);
        check(report, "status", false)
                .body(detail("status"), containsString("https://status.example.edu/lists/1"))
                .body(detail("status"), containsString("the status list could not be fetched"));
    }

    @Test
    void aVcJwtVerifiesAsJsonMemberOrAsItsOwnMediaType() {
        TestIssuer issuer = TestIssuer.didKey();
        String jwt = issuer.signJwt(issuer.credential("As a VC-JWT"));
        check(WalletFixture.publicClient().contentType(ContentType.JSON).body(Map.of("jwt", jwt))
                .post("/api/v1/verify").then().statusCode(200).body("verified", equalTo(true)), "proof", true)
                .body(detail("proof"), containsString("VC-JWT"));
        WalletFixture.publicClient().contentType("application/vc+jwt").body(bytes(jwt))
                .post("/api/v1/verify").then().statusCode(200).body("verified", equalTo(true));

        String[] parts = jwt.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
        check(WalletFixture.publicClient().contentType("application/vc+jwt").body(bytes(forged))
                .post("/api/v1/verify").then().statusCode(200).body("verified", equalTo(false)), "proof", false);
    }

    /** Another stack's usual choice: an ES256 VC-JWT whose issuer is a P-256 did:key (zDn...). */
    @Test
    void anEs256VcJwtOfAP256DidKeyVerifies() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        byte[] compressed = ECNamedCurveTable.getParameterSpec("P-256").getCurve()
                .createPoint(key.getX().decodeToBigInteger(), key.getY().decodeToBigInteger()).getEncoded(true);
        String multibase = Multikey.encodeP256(compressed);
        String did = "did:key:" + multibase;
        ObjectNode credential = TestIssuer.didKey().credential("ES256 from a P-256 did:key");
        ((ObjectNode) credential.get("issuer")).put("id", did);
        String jwt = new VcJwt().sign(credential.toString(), key, did + "#" + multibase);

        ValidatableResponse report = WalletFixture.publicClient().contentType("application/vc+jwt").body(bytes(jwt))
                .post("/api/v1/verify").then().statusCode(200).body("verified", equalTo(true))
                .body("issuer", equalTo(did));
        check(report, "proof", true);
        check(report, "issuer-key", true);
    }
}
