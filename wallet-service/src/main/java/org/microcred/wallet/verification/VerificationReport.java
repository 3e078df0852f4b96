package org.microcred.wallet.verification;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer of a verification.
 *
 * @param verified     whether the credential is authentic and in force: every check passed, the issuer-known check
 *                     aside (a credential from an unknown issuer can be perfectly genuine)
 * @param issuerKnown  whether the issuer is one this deployment knows (the {@code issuer-known} check, whose detail
 *                     says so in a plain sentence); a recognizer should not take a credential's word for its issuer's
 *                     name when this is false
 * @param credentialId the credential's {@code id}, as it states it
 * @param issuer       the issuer's id, as the credential states it
 */
@Schema(description = "A verification's answer: the verdict and each check")
public record VerificationReport(
        @Schema(description = "Whether the credential is authentic and in force: every check passed, issuer-known"
                + " aside") boolean verified,
        @Schema(description = "Whether the issuer is one this deployment knows (the issuer-known check)")
        boolean issuerKnown,
        @Schema(description = "The credential's id, as it states it") String credentialId,
        @Schema(description = "The issuer's id, as the credential states it") String issuer,
        @Schema(description = "Each check with its verdict: structure, proof, issuer-key, status, validity-window,"
                + " issuer-known") List<Check> checks) {

    static VerificationReport of(String credentialId, String issuer, List<Check> checks) {
        boolean verified = checks.stream().filter(c -> !Check.ISSUER_KNOWN.equals(c.check())).allMatch(Check::passed);
        boolean issuerKnown = checks.stream().anyMatch(c -> Check.ISSUER_KNOWN.equals(c.check()) && c.passed());
        return new VerificationReport(verified, issuerKnown, credentialId, issuer, List.copyOf(checks));
    }
}
