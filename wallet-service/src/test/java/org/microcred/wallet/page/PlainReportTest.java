package org.microcred.wallet.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.page.PlainReport.State;
import org.microcred.wallet.verification.Check;
import org.microcred.wallet.verification.VerificationReport;

class PlainReportTest {

    private static final String LIST = "(https://issuer.example/api/v1/status-lists/t/revocation/1, index 3)";

    @Test
    void aRevokedCredentialSaysSoFirst() {
        PlainReport plain = PlainReport.of(report(Check.STATUS, false, "revoked " + LIST));
        assertEquals(State.REVOKED, plain.state());
        assertTrue(plain.banner().startsWith("Revoked"), plain.banner());
        assertEquals("The issuer has REVOKED it.", check(plain, Check.STATUS).meaning());
        assertEquals("Failed", check(plain, Check.STATUS).verdict());
    }

    @Test
    void aSuspendedCredentialIsNotCalledRevoked() {
        PlainReport plain = PlainReport.of(report(Check.STATUS, false, "not revoked " + LIST + "; suspended " + LIST));
        assertEquals(State.SUSPENDED, plain.state());
        assertTrue(plain.banner().startsWith("Suspended"), plain.banner());
    }

    @Test
    void aStatusListThatCouldNotBeReadIsNotVerifiedRatherThanRevoked() {
        PlainReport plain = PlainReport.of(report(Check.STATUS, false,
                "the status list could not be fetched: timeout " + LIST));
        assertEquals(State.NOT_VERIFIED, plain.state());
        assertEquals("Whether it was revoked could not be confirmed.", check(plain, Check.STATUS).meaning());
    }

    @Test
    void anExpiredButAuthenticCredentialIsExpired() {
        PlainReport plain = PlainReport.of(report(Check.VALIDITY_WINDOW, false, "expired: valid until 2020-01-01"));
        assertEquals(State.EXPIRED, plain.state());
        assertEquals("It has expired.", check(plain, Check.VALIDITY_WINDOW).meaning());
    }

    @Test
    void aBrokenSignatureIsNotVerifiedEvenWhenAlsoExpired() {
        List<Check> checks = checks(Check.PROOF, false, "does not verify");
        checks.set(5, new Check(Check.VALIDITY_WINDOW, false, "expired: valid until 2020-01-01"));
        assertEquals(State.NOT_VERIFIED, PlainReport.of(new VerificationReport(false, true, "id", "issuer", checks))
                .state());
    }

    @Test
    void anIntactCredentialOfAnUnknownIssuerSaysTheIssuerIsUnknown() {
        List<Check> checks = checks(Check.ISSUER_KNOWN, false, "The issuer is NOT known");
        PlainReport plain = PlainReport.of(new VerificationReport(true, false, "id", "did:key:z6Mk", checks));
        assertEquals(State.UNKNOWN_ISSUER, plain.state());
        assertEquals("Not known", check(plain, Check.ISSUER_KNOWN).verdict());
    }

    @Test
    void everyCheckPassedIsVerifiedAndEachCheckIsKeptInOrder() {
        PlainReport plain = PlainReport.of(new VerificationReport(true, true, "id", "issuer",
                checks(Check.STRUCTURE, true, "well-formed")));
        assertEquals(State.VERIFIED, plain.state());
        assertEquals(List.of(Check.STRUCTURE, Check.PROOF, Check.ISSUER_KEY, Check.ISSUER_KNOWN, Check.STATUS,
                Check.VALIDITY_WINDOW), plain.checks().stream().map(PlainReport.PlainCheck::id).toList());
        assertTrue(plain.checks().stream().allMatch(PlainReport.PlainCheck::passed));
    }

    private static VerificationReport report(String failing, boolean passed, String detail) {
        List<Check> checks = checks(failing, passed, detail);
        return new VerificationReport(false, true, "id", "issuer", checks);
    }

    /** Every check passed but one, which has the given result. */
    private static List<Check> checks(String id, boolean passed, String detail) {
        List<Check> checks = new ArrayList<>();
        for (String check : List.of(Check.STRUCTURE, Check.PROOF, Check.ISSUER_KEY, Check.ISSUER_KNOWN, Check.STATUS,
                Check.VALIDITY_WINDOW)) {
            checks.add(check.equals(id) ? new Check(check, passed, detail) : new Check(check, true, "fine"));
        }
        return checks;
    }

    private static PlainReport.PlainCheck check(PlainReport plain, String id) {
        return plain.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
