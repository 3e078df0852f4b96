package org.microcred.wallet.verification;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a verification report means for a credential that is kept and watched (an external credential in a wallet):
 * in force, revoked, suspended, expired, or not verified for another reason. Read from the checks' details, whose
 * wording {@link StatusCheck} and {@link ValidityWindow} write right beside this class: a status failure names a set
 * bit as {@code revoked (<list>, index <i>)} or {@code suspended (...)}, a validity failure starts with
 * {@code expired:}.
 */
public enum ReportStanding {
    VERIFIED, REVOKED, SUSPENDED, EXPIRED, NOT_VERIFIED;

    public static ReportStanding of(VerificationReport report) {
        if (report.verified()) {
            return VERIFIED;
        }
        boolean onlyStatusOrWindow = report.checks().stream().filter(c -> !c.passed())
                .allMatch(c -> Check.STATUS.equals(c.check()) || Check.VALIDITY_WINDOW.equals(c.check())
                        || Check.ISSUER_KNOWN.equals(c.check()));
        if (!onlyStatusOrWindow) {
            return NOT_VERIFIED;
        }
        for (Check check : report.checks()) {
            if (Check.STATUS.equals(check.check()) && !check.passed()) {
                var findings = Arrays.stream(check.detail().split("; ")).collect(Collectors.toSet());
                if (findings.stream().anyMatch(f -> f.startsWith("revoked ("))) {
                    return REVOKED;
                }
                if (findings.stream().anyMatch(f -> f.startsWith("suspended ("))) {
                    return SUSPENDED;
                }
                return NOT_VERIFIED;
            }
        }
        boolean expired = report.checks().stream().anyMatch(c -> Check.VALIDITY_WINDOW.equals(c.check())
                && !c.passed() && c.detail().startsWith("expired:"));
        return expired ? EXPIRED : NOT_VERIFIED;
    }

    /** The failed checks (issuer-known aside), in one sentence: why it is not {@link #VERIFIED}. */
    public static String reasons(VerificationReport report) {
        return report.checks().stream().filter(c -> !c.passed() && !Check.ISSUER_KNOWN.equals(c.check()))
                .map(c -> c.check() + ": " + c.detail()).collect(Collectors.joining("; "));
    }
}
