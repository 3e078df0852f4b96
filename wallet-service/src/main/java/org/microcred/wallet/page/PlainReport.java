package org.microcred.wallet.page;

import io.quarkus.qute.TemplateData;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.microcred.wallet.verification.Check;
import org.microcred.wallet.verification.VerificationReport;

/**
 * A verification report in plain words for a person: one overall state, shown as a banner in words (never by colour
 * alone), and each check with what its result means. The technical detail of each check stays beside it.
 *
 * @param state    the overall state; {@code banner} and {@code explanation} say it in words
 * @param checks   each check of the report, in its order
 */
@TemplateData
public record PlainReport(State state, String banner, String explanation, List<PlainCheck> checks) {

    /** The overall states, most serious first when several apply. */
    @TemplateData
    public enum State {
        REVOKED, SUSPENDED, NOT_VERIFIED, EXPIRED, NOT_YET_VALID, UNKNOWN_ISSUER, VERIFIED;

        /** The CSS class of the banner: its colour repeats the words, it does not replace them. */
        public String css() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean good() {
            return this == VERIFIED;
        }
    }

    /**
     * One check: what it checks, whether it passed ({@code verdict} in words), what that means, the technical detail.
     */
    @TemplateData
    public record PlainCheck(String id, String label, boolean passed, String verdict, String meaning, String detail) {
    }

    public static PlainReport of(VerificationReport report) {
        List<PlainCheck> checks = report.checks().stream().map(PlainReport::plain).toList();
        State state = stateOf(report);
        return new PlainReport(state, banner(state), explanation(state), checks);
    }

    static State stateOf(VerificationReport report) {
        Check status = find(report, Check.STATUS);
        if (status != null && !status.passed() && hasFinding(status, "revoked")) {
            return State.REVOKED;
        }
        if (status != null && !status.passed() && hasFinding(status, "suspended")) {
            return State.SUSPENDED;
        }
        boolean otherFailure = report.checks().stream().anyMatch(c -> !c.passed()
                && !Check.ISSUER_KNOWN.equals(c.check()) && !Check.VALIDITY_WINDOW.equals(c.check()));
        if (otherFailure) {
            return State.NOT_VERIFIED;
        }
        Check window = find(report, Check.VALIDITY_WINDOW);
        if (window != null && !window.passed()) {
            return window.detail().startsWith("not valid yet") ? State.NOT_YET_VALID
                    : window.detail().startsWith("expired") ? State.EXPIRED : State.NOT_VERIFIED;
        }
        return report.issuerKnown() ? State.VERIFIED : State.UNKNOWN_ISSUER;
    }

    /** Whether a failed status check found its bit set ("revoked (list, index 3)"), not merely failed to look. */
    private static boolean hasFinding(Check status, String word) {
        return Arrays.stream(status.detail().split("; ")).anyMatch(part -> part.startsWith(word + " ("));
    }

    private static Check find(VerificationReport report, String id) {
        return report.checks().stream().filter(c -> id.equals(c.check())).findFirst().orElse(null);
    }

    private static String banner(State state) {
        return switch (state) {
            case REVOKED -> "Revoked: the issuer has withdrawn this credential";
            case SUSPENDED -> "Suspended: the issuer has suspended this credential";
            case NOT_VERIFIED -> "Not verified: this credential failed its checks";
            case EXPIRED -> "Expired: this credential is past its validity period";
            case NOT_YET_VALID -> "Not valid yet: this credential's validity period has not begun";
            case UNKNOWN_ISSUER -> "Issuer not known: the credential is intact, but its issuer is unknown here";
            case VERIFIED -> "Verified: this credential is authentic and in force";
        };
    }

    private static String explanation(State state) {
        return switch (state) {
            case REVOKED -> "Do not rely on it: the issuer's status list marks it revoked.";
            case SUSPENDED -> "Do not rely on it for now: the issuer's status list marks it suspended; the issuer may "
                    + "reinstate it.";
            case NOT_VERIFIED -> "Do not rely on it: see which check failed below. It may have been altered, or it "
                    + "cannot be checked.";
            case EXPIRED -> "It was issued for a limited time, which has ended.";
            case NOT_YET_VALID -> "It states a start date in the future.";
            case UNKNOWN_ISSUER -> "The signature is intact, but this service does not know who holds the key that "
                    + "signed: do not take the issuer's name on the credential's word.";
            case VERIFIED -> "It was signed by its issuer, has not been changed, and is neither revoked nor "
                    + "suspended. Checked just now.";
        };
    }

    private static PlainCheck plain(Check check) {
        boolean ok = check.passed();
        String detail = check.detail();
        return switch (check.check()) {
            case Check.STRUCTURE -> new PlainCheck(check.check(), "Well-formed credential", ok, verdict(ok),
                    ok ? "It is a well-formed Open Badges credential." : "It is not a well-formed credential.", detail);
            case Check.PROOF -> new PlainCheck(check.check(), "Signature", ok, verdict(ok), ok
                    ? "The issuer's digital signature matches: nothing was changed after signing."
                    : "The digital signature is missing or does not match: it may have been altered.", detail);
            case Check.ISSUER_KEY -> new PlainCheck(check.check(), "Issuer's key", ok, verdict(ok), ok
                    ? "The key that signed belongs to the issuer the credential names."
                    : "The key that signed could not be confirmed as the issuer's.", detail);
            case Check.ISSUER_KNOWN -> new PlainCheck(check.check(), "Issuer known to this service", ok,
                    ok ? "Known" : "Not known", ok ? "This service knows the issuer."
                    : "This service does not know the issuer.", detail);
            case Check.STATUS -> new PlainCheck(check.check(), "Revocation and suspension", ok, verdict(ok),
                    ok ? "The issuer has not revoked or suspended it." : statusMeaning(check), detail);
            case Check.VALIDITY_WINDOW -> new PlainCheck(check.check(), "Validity period", ok, verdict(ok),
                    ok ? "It is within its validity period." : detail.startsWith("expired") ? "It has expired."
                            : detail.startsWith("not valid yet") ? "It is not valid yet."
                            : "Its validity period cannot be read.", detail);
            default -> new PlainCheck(check.check(), check.check(), ok, verdict(ok), "", detail);
        };
    }

    private static String statusMeaning(Check status) {
        if (hasFinding(status, "revoked")) {
            return "The issuer has REVOKED it.";
        }
        if (hasFinding(status, "suspended")) {
            return "The issuer has SUSPENDED it.";
        }
        return "Whether it was revoked could not be confirmed.";
    }

    private static String verdict(boolean passed) {
        return passed ? "Passed" : "Failed";
    }
}
