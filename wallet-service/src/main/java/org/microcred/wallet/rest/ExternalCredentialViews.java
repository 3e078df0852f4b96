package org.microcred.wallet.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.microcred.wallet.external.ExternalCredential;
import org.microcred.wallet.external.ExternalCredentialService;
import org.microcred.wallet.verification.Check;

/** The answers of {@code /api/v1/wallet/external-credentials}. */
final class ExternalCredentialViews {

    private ExternalCredentialViews() {
    }

    @Schema(description = "A credential issued elsewhere, in the earner's wallet")
    record ExternalCredentialView(
            @Schema(description = "Its id in this wallet") UUID id,
            @Schema(description = "How it was sent: json, jwt, baked-png or baked-svg") String format,
            @Schema(description = "The credential's own id, as it states it") String credentialId,
            @Schema(description = "The issuer's id, as the credential states it") String issuerId,
            @Schema(description = "The issuer's name, as the credential states it (its word only, unless"
                    + " issuerKnown)") String issuerName,
            @Schema(description = "Whether this deployment knows the issuer (a configured trusted issuer)")
            boolean issuerKnown,
            @Schema(description = "The achievement's id, as the credential states it") String achievementId,
            @Schema(description = "The achievement's name") String achievementName,
            @Schema(description = "The achievement's achievementType") String achievementType,
            @Schema(description = "validFrom of the credential") Instant validFrom,
            @Schema(description = "validUntil of the credential") Instant validUntil,
            @Schema(description = "Whether the credential's subject is the earner's verified email: true, false or"
                    + " unknown (not named by an email)") String subjectMatches,
            @Schema(description = "VALID, REVOKED, SUSPENDED, EXPIRED or UNVERIFIED; only VALID counts")
            String status,
            @Schema(description = "Why it is not VALID, once it changed") String statusReason,
            @Schema(description = "When its status last changed (null: never)") Instant statusChangedAt,
            @Schema(description = "When the earner submitted it") Instant submittedAt,
            @Schema(description = "When it was last verified") Instant lastCheckedAt) {

        static ExternalCredentialView of(ExternalCredential c) {
            return new ExternalCredentialView(c.id, c.format, c.credentialId, c.issuerId, c.issuerName,
                    c.issuerKnown, c.achievementId, c.achievementName, c.achievementType, c.validFrom, c.validUntil,
                    c.subjectMatches, c.status.name(), c.statusReason, c.statusChangedAt, c.submittedAt,
                    c.lastCheckedAt);
        }
    }

    @Schema(description = "A credential issued elsewhere with its document and its last verification")
    record ExternalCredentialDetail(
            @Schema(description = "What the list shows of it") ExternalCredentialView credential,
            @Schema(description = "The document exactly as received: JSON text or a compact JWS (for a baked"
                    + " image, the credential it held)") String document,
            @Schema(description = "Its last verification") Verification verification) {

        static ExternalCredentialDetail of(ExternalCredential c) {
            return new ExternalCredentialDetail(ExternalCredentialView.of(c), c.document,
                    new Verification(c.verified, c.issuerKnown, c.lastCheckedAt,
                            ExternalCredentialService.checksOf(c)));
        }
    }

    @Schema(description = "A verification of an external credential, as the verifier reported it")
    record Verification(
            @Schema(description = "Authentic and in force: every check passed, issuer-known aside") boolean verified,
            @Schema(description = "Whether this deployment knows the issuer") boolean issuerKnown,
            @Schema(description = "When it was made") Instant checkedAt,
            @Schema(description = "Each check: structure, proof, issuer-key, status, validity-window, issuer-known")
            List<Check> checks) {
    }
}
