package org.microcred.wallet.verification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcred.wallet.verification.Reports.check;
import static org.microcred.wallet.verification.Reports.detail;
import static org.microcred.wallet.verification.Reports.verify;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.StatusPurpose;

/**
 * This deployment's suspension convention: a credential names one revocation list,
 * {@code .../api/v1/status-lists/{tenant}/revocation/{n}}, and its suspension bit is at the same index of
 * {@code .../suspension/{n}}, which the verifier checks too.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class SuspensionListTest {

    @Test
    void aBitInTheParallelSuspensionListSuspendsTheCredential() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusListAt(revocation(issuer), StatusPurpose.REVOCATION);
        issuer.publishStatusListAt(suspension(issuer), StatusPurpose.SUSPENSION, 7);
        String signed = issuer.sign(issuer.withStatusAt(issuer.credential("Suspended by convention"),
                revocation(issuer), 7, StatusPurpose.REVOCATION));
        check(verify(signed).statusCode(200).body("verified", equalTo(false)), "status", false)
                .body(detail("status"), containsString("suspended (" + suspension(issuer) + ", index 7)"));
    }

    @Test
    void aClearBitInBothListsVerifies() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusListAt(revocation(issuer), StatusPurpose.REVOCATION, 8);
        issuer.publishStatusListAt(suspension(issuer), StatusPurpose.SUSPENSION, 8);
        String signed = issuer.sign(issuer.withStatusAt(issuer.credential("In force"), revocation(issuer), 7,
                StatusPurpose.REVOCATION));
        check(verify(signed).statusCode(200).body("verified", equalTo(true)), "status", true)
                .body(detail("status"), containsString("not suspended (" + suspension(issuer) + ", index 7)"))
                .body(detail("status"), containsString("not revoked"));
    }

    @Test
    void aListOfAnotherShapeBringsNoSuspensionCheck() {
        TestIssuer issuer = TestIssuer.https(true);
        issuer.publishProfile(null);
        issuer.publishStatusList("1", StatusPurpose.REVOCATION);
        String signed = issuer.sign(issuer.withStatus(issuer.credential("Another issuer's layout"), "1", 7,
                StatusPurpose.REVOCATION));
        check(verify(signed).statusCode(200).body("verified", equalTo(true)), "status", true)
                .body(detail("status"), not(containsString("suspended")));
        assertEquals(0, TestIssuer.hitsUnder(issuer.url("/api/")), "nothing else was asked for");
    }

    private static String revocation(TestIssuer issuer) {
        return issuer.url("/api/v1/status-lists/tenant-a/revocation/1");
    }

    private static String suspension(TestIssuer issuer) {
        return issuer.url("/api/v1/status-lists/tenant-a/suspension/1");
    }
}
