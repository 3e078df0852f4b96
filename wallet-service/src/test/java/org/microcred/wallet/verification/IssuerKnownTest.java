package org.microcred.wallet.verification;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.microcred.wallet.verification.Reports.check;
import static org.microcred.wallet.verification.Reports.detail;
import static org.microcred.wallet.verification.Reports.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Whether the issuer is known is a check of its own: a credential that names a famous institution but is signed by
 * anyone's did:key verifies (it is authentic: its signer signed it) and says plainly that its issuer is not known.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class IssuerKnownTest {

    @Test
    void aSelfNamedUniversityOnAnArbitraryDidKeyIsNotKnown() {
        TestIssuer anyone = TestIssuer.didKey();
        ObjectNode credential = anyone.credential("Master of Everything");
        ((ObjectNode) credential.get("issuer")).put("name", "Northbridge University");
        check(verify(anyone.sign(credential)).statusCode(200)
                .body("verified", equalTo(true))
                .body("issuerKnown", equalTo(false)), "issuer-known", false)
                .body(detail("issuer-known"), allOf(containsString("NOT known"),
                        containsString("\"Northbridge University\""), containsString(anyone.id),
                        containsString("neither an institution of this deployment nor a configured trusted issuer")));
    }

    @Test
    void anInstitutionOfThisDeploymentIsKnown() {
        TestIssuer institution = TestIssuer.https(true);
        institution.publishProfile(null);
        check(verify(institution.sign(institution.credential("From this deployment"))).statusCode(200)
                .body("verified", equalTo(true))
                .body("issuerKnown", equalTo(true)), "issuer-known", true)
                .body(detail("issuer-known"), containsString("institution of this deployment"));
    }

    @Test
    void aConfiguredTrustedIssuerIsKnown() {
        // IssuerServer lists the conformance vector's did:key in microcred.verify.known-issuers.
        TestIssuer partner = TestIssuer.vectorKey();
        check(verify(partner.sign(partner.credential("From a partner"))).statusCode(200)
                .body("verified", equalTo(true))
                .body("issuerKnown", equalTo(true)), "issuer-known", true)
                .body(detail("issuer-known"), containsString("configured"));
    }

    @Test
    void aKnownIssuersNameSignedWithAnotherKeyIsNotKnown() {
        TestIssuer institution = TestIssuer.https(true);
        institution.publishProfile(null);
        TestIssuer impostor = TestIssuer.didKey();
        ObjectNode credential = institution.credential("Claims a known issuer");
        String signed = impostor.sign(credential); // names the institution's id, signed with the impostor's key
        check(verify(signed).statusCode(200).body("verified", equalTo(false))
                .body("issuerKnown", equalTo(false)), "issuer-known", false)
                .body(detail("issuer-known"), containsString("NOT known"));
    }
}
