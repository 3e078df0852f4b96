package org.microcred.wallet.verification;

import org.junit.jupiter.api.Tag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.microcred.wallet.verification.Reports.check;
import static org.microcred.wallet.verification.Reports.detail;
import static org.microcred.wallet.verification.Reports.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.BitstringStatusList;
import org.microcred.credentials.status.BitstringStatusListCredential;
import org.microcred.credentials.status.StatusPurpose;

/** Issuers resolved over HTTP from the allow-list: profiles, keys (rotated, compromised), status lists. */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class IssuerResolutionTest {

    @Test
    void anHttpsIssuerIsResolvedFromItsProfileAndItsStatusListIsRead() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION);
        String signed = issuer.sign(issuer.withStatus(issuer.credential("Resolved over HTTP"), "1", 42,
                StatusPurpose.REVOCATION));
        check(verify(signed).statusCode(200).body("verified", equalTo(true)), "status", true)
                .body(detail("issuer-key"), containsString(issuer.method))
                .body(detail("status"), containsString("not revoked"));

        issuer.publishStatusList("1", StatusPurpose.REVOCATION, 42);
        check(verify(signed).statusCode(200).body("verified", equalTo(false)), "status", false)
                .body(detail("status"), containsString("revoked"))
                .body(detail("status"), containsString("index 42"));
        check(verify(signed), "proof", true);
        check(verify(signed), "issuer-key", true);
    }

    @Test
    void aSuspendedCredentialFailsTheStatusCheckWithThatPurpose() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("revocation", StatusPurpose.REVOCATION);
        issuer.publishStatusList("suspension", StatusPurpose.SUSPENSION, 7);
        ObjectNode credential = issuer.withStatus(issuer.credential("Suspended"), "revocation", 7,
                StatusPurpose.REVOCATION);
        String signed = issuer.sign(issuer.withStatus(credential, "suspension", 7, StatusPurpose.SUSPENSION));
        check(verify(signed).statusCode(200).body("verified", equalTo(false)), "status", false)
                .body(detail("status"), containsString("suspended"))
                .body(detail("status"), not(containsString("revoked")));
    }

    @Test
    void aStatusListSignedByAnotherKeyIsNotTrusted() throws Exception {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        TestIssuer forger = TestIssuer.didKey();
        String unsignedList = BitstringStatusListCredential.unsigned(
                issuer.statusListUrl("1"), forger.id, StatusPurpose.REVOCATION,
                new BitstringStatusList(), Instant.now().minusSeconds(5), null);
        TestIssuer.put(issuer.statusListUrl("1"), forger.sign((ObjectNode) TestIssuer.JSON.readTree(unsignedList)), "no-store");
        String signed = issuer.sign(issuer.withStatus(issuer.credential("Forged list"), "1", 3,
                StatusPurpose.REVOCATION));
        check(verify(signed).statusCode(200).body("verified", equalTo(false)), "status", false)
                .body(detail("status"), containsString("not by the credential's issuer"));
    }

    @Test
    void aCompromisedKeyFailsTheIssuerKeyCheckWithWhen() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile("2026-01-02T03:04:05Z");
        String signed = issuer.sign(issuer.credential("Signed with a compromised key"));
        check(verify(signed).statusCode(200).body("verified", equalTo(false)), "issuer-key", false)
                .body(detail("issuer-key"), equalTo("key " + issuer.method
                        + " was marked compromised at 2026-01-02T03:04:05Z"));
    }

    @Test
    void aCredentialSignedWithARotatedKeyStillVerifies() {
        TestIssuer before = TestIssuer.https(true);
        TestIssuer after = before.rotated();
        after.publishProfile(null, before);
        verify(before.sign(before.credential("Signed before the rotation"))).statusCode(200)
                .body("verified", equalTo(true)).body(detail("issuer-key"), containsString(before.method));
        verify(after.sign(after.credential("Signed after the rotation"))).statusCode(200)
                .body("verified", equalTo(true)).body(detail("issuer-key"), containsString(after.method));
    }

    @Test
    void aKeyOfAnotherIssuerFailsTheIssuerKeyCheck() throws Exception {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        TestIssuer impostor = TestIssuer.didKey();
        // Claims the https issuer, signed with someone else's did:key.
        ObjectNode credential = issuer.credential("Impostor");
        String signed = impostor.sign(credential);
        check(verify(signed).statusCode(200).body("verified", equalTo(false)), "issuer-key", false)
                .body(detail("issuer-key"), containsString("not by the issuer " + issuer.id));
    }

    @Test
    void aProofNamingAKeyUrlResolvesThroughItsControllerAndItsStatusListToo() {
        TestIssuer issuer = TestIssuer.httpsWithKeyUrl(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION);
        String signed = issuer.sign(issuer.withStatus(issuer.credential("Signed by a key URL"), "1", 5,
                StatusPurpose.REVOCATION));
        check(verify(signed).statusCode(200).body("verified", equalTo(true)), "issuer-key", true)
                .body(detail("issuer-key"), equalTo("key " + issuer.method + " of issuer " + issuer.id))
                .body(detail("status"), containsString("not revoked"));
        check(verify(signed), "issuer-known", true);

        issuer.publishStatusList("1", StatusPurpose.REVOCATION, 5);
        check(verify(signed).statusCode(200).body("verified", equalTo(false)), "status", false)
                .body(detail("status"), containsString("revoked"));
    }

    @Test
    void aCredentialNamingTheOlderFragmentIdStillVerifiesBesideKeyUrls() {
        TestIssuer issuer = TestIssuer.httpsWithKeyUrl(true);
        TestIssuer older = issuer.namingKeyAs(issuer.id + "#key-1");
        issuer.publishProfile(null, older);
        verify(older.sign(older.credential("Signed before key URLs"))).statusCode(200)
                .body("verified", equalTo(true)).body(detail("issuer-key"), containsString(older.method));
        verify(issuer.sign(issuer.credential("Signed after"))).statusCode(200)
                .body("verified", equalTo(true)).body(detail("issuer-key"), containsString(issuer.method));
    }

    @Test
    void aKeyUrlOnTheIssuersSiteWhoseControllerIsAnotherIssuerFailsTheIssuerKeyCheck() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        // Another institution's key, answered at a URL on the issuer's own site, naming (and listed by) that other
        // institution: a valid signature, but not the issuer's key.
        TestIssuer other = TestIssuer.https(true);
        TestIssuer planted = other.namingKeyAs(issuer.url("/keys/key-9"));
        planted.publishProfile(null);
        String signed = planted.sign(issuer.credential("Claims the issuer"));
        check(verify(signed).statusCode(200).body("verified", equalTo(false)), "issuer-key", false)
                .body(detail("issuer-key"), equalTo("key " + planted.method + " is controlled by " + other.id
                        + ", not by the issuer " + issuer.id));
        // The proof library refuses it too: a Data Integrity proof by a key another issuer controls.
        check(verify(signed), "proof", false).body(detail("proof"), containsString("belongs to " + other.id));
    }

    @Test
    void anIssuerOffTheAllowListIsNeverFetched() {
        TestIssuer issuer = TestIssuer.https(false);
        issuer.publishProfile(null);
        String signed = issuer.sign(issuer.credential("Untrusted issuer"));
        check(verify(signed).statusCode(200).body("verified", equalTo(false)), "issuer-key", false)
                .body(detail("issuer-key"), containsString("issuer not on the allow-list"));
        check(verify(signed), "proof", false);
    }
}
