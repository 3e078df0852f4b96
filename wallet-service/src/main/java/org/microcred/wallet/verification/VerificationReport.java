package org.microcred.wallet.verification;

import java.util.List;

/**
 * The answer of a verification: verified only when every check passed.
 *
 * @param credentialId the credential's {@code id}, as it states it
 * @param issuer       the issuer's id, as the credential states it
 */
public record VerificationReport(boolean verified, String credentialId, String issuer, List<Check> checks) {

    static VerificationReport of(String credentialId, String issuer, List<Check> checks) {
        return new VerificationReport(checks.stream().allMatch(Check::passed), credentialId, issuer,
                List.copyOf(checks));
    }
}
