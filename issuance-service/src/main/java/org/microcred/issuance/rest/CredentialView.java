package org.microcred.issuance.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.microcred.issuance.IssuedCredential;

/**
 * An issued credential: what it was issued for, its status, and the signed Open Badges 3.0
 * document itself (which does not change with the status: the status lists carry that), and its
 * VC-JWT form {@code jwt} (null for credentials issued before VC-JWTs). {@code credential} is written into the
 * answer as the stored text, not parsed and written again. {@code pathwayId} as in {@link CredentialSummary}.
 */
public record CredentialView(UUID id, UUID enrolmentId, UUID assessmentId, UUID achievementId, int achievementVersion,
        String achievementName, String earnerId, Instant issuedAt, String signedWith, String status,
        String statusReason, String statusChangedBy, Instant statusChangedAt, @JsonRawValue String credential,
        String jwt, UUID pathwayId) {

    static CredentialView of(IssuedCredential c) {
        return new CredentialView(c.id, c.enrolmentId, c.assessmentId, c.achievementId, c.achievementVersion,
                c.achievementName, c.earnerId, c.issuedAt, c.signedWith, c.status.name(), c.statusReason,
                c.statusChangedBy, c.statusChangedAt, c.document, c.credentialJwt, c.pathwayId);
    }
}
