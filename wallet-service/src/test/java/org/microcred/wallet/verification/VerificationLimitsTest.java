package org.microcred.wallet.verification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcred.wallet.verification.Reports.check;
import static org.microcred.wallet.verification.Reports.detail;
import static org.microcred.wallet.verification.Reports.verify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;

/**
 * A request built to make verification expensive is refused before the work, quickly, with 422
 * {@code verification-too-costly}: many proofs (each canonicalises the whole credential again), a credential of
 * many N-Quads, thousands of status entries (each would be a request to an issuer). Status lists are fetched only
 * for a credential whose proof verifies, and never at a URL with a query.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class VerificationLimitsTest {

    private static final String TOO_COSTLY = "https://microcred.org/problems/verification-too-costly";

    @Test
    void aCredentialWithManyProofsIsRefusedQuickly() throws Exception {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode signed = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(issuer.credential("Many proofs")));
        ArrayNode proofs = TestIssuer.JSON.createArrayNode();
        Json.each(signed.get("proof")).forEach(proof -> {
            for (int i = 0; i < 200; i++) {
                proofs.add(proof.deepCopy());
            }
        });
        signed.set("proof", proofs);
        verify(signed.toString()).statusCode(422)
                .body("type", equalTo(TOO_COSTLY))
                .body("detail", containsString("200 proofs"));
    }

    @Test
    void aCredentialOfMoreNQuadsThanTheBudgetIsRefused() {
        TestIssuer issuer = TestIssuer.didKey();
        ObjectNode credential = issuer.credential("Many quads");
        ArrayNode tags = ((ObjectNode) credential.at("/credentialSubject/achievement")).putArray("tag");
        for (int i = 0; i < 4500; i++) {
            tags.add("tag " + i); // one N-Quad each: within the JSON limits, over the 4,000 quads of a request
        }
        // Refused once the 4,001st quad is produced: after one expansion of the document, before RDFC-1.0 and
        // before the other proofs (the time of that expansion depends on the machine, so it is not asserted).
        verify(issuer.sign(credential)).statusCode(422)
                .body("type", equalTo(TOO_COSTLY))
                .body("detail", containsString("more than 4000 N-Quads"));
    }

    @Test
    void thousandsOfStatusEntriesAreRefusedWithoutAnyRequest() throws Exception {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        // Added after signing: the entries are refused before the proof is even looked at.
        ObjectNode credential = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(
                issuer.credential("Thousands of status entries")));
        ArrayNode entries = credential.putArray("credentialStatus");
        for (int i = 0; i < 3000; i++) {
            entries.add(BitstringStatusListEntry.of(issuer.statusListUrl("list-" + i) + "?n=" + i, i,
                    StatusPurpose.REVOCATION).toJson());
        }
        verify(credential.toString()).statusCode(422)
                .body("type", equalTo(TOO_COSTLY))
                .body("detail", containsString("3000 credentialStatus entries"));
        assertEquals(0, issuer.hits(), "neither the profile nor any status list was asked for");
    }

    @Test
    void aStatusListUrlWithAQueryIsNeverFetched() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION);
        ObjectNode credential = issuer.credential("Status list URL with a query");
        credential.set("credentialStatus", BitstringStatusListEntry.of(issuer.statusListUrl("1") + "?n=7", 7,
                StatusPurpose.REVOCATION).toJson());
        check(verify(issuer.sign(credential)).statusCode(200).body("verified", equalTo(false)), "status", false)
                .body(detail("status"), containsString("query"));
        assertEquals(0, TestIssuer.hitsUnder(issuer.statusListUrl("1")), "the status list was not asked for");
    }

    @Test
    void aCredentialWhoseProofFailsFetchesNoStatusList() throws Exception {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION);
        ObjectNode signed = (ObjectNode) TestIssuer.JSON.readTree(issuer.sign(issuer.withStatus(
                issuer.credential("Tampered after signing"), "1", 3, StatusPurpose.REVOCATION)));
        signed.put("name", "Tampered after signing (honours)");
        check(check(verify(signed.toString()).statusCode(200).body("verified", equalTo(false)), "proof", false),
                "status", false)
                .body(detail("status"), containsString("not checked"));
        assertEquals(0, TestIssuer.hitsUnder(issuer.statusListUrl("1")), "no status list was fetched");
    }

    @Test
    void theSameCredentialWithItsProofIntactFetchesItsStatusList() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION);
        String signed = issuer.sign(issuer.withStatus(issuer.credential("Intact"), "1", 3, StatusPurpose.REVOCATION));
        check(verify(signed).statusCode(200).body("verified", equalTo(true)), "status", true);
        assertEquals(1, TestIssuer.hitsUnder(issuer.statusListUrl("1")), "the status list was fetched once");
    }
}
