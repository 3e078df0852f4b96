package org.microcred.issuance.rest;

import java.time.Instant;
import java.util.UUID;
import org.microcred.issuance.IssuedCredential;

/**
 * One line of the credentials list: the metadata without the document, which the detail serves.
 *
 * @param status          ACTIVE, SUSPENDED or REVOKED, with the reason, who (account id) and when of its last change
 * @param signedWith      the key id of the proof (null for credentials issued before signing)
 * @param pathwayId       set for a pathway's stacked credential (then {@code achievementId} is the pathway's id,
 *                        {@code enrolmentId} and {@code assessmentId} are null); null for a micro-credential's
 */
public record CredentialSummary(UUID id, UUID enrolmentId, UUID assessmentId, UUID achievementId,
        int achievementVersion, String achievementName, String earnerId, Instant issuedAt, String signedWith,
        String status, String statusReason, String statusChangedBy, Instant statusChangedAt, UUID pathwayId) {

    static CredentialSummary of(IssuedCredential c) {
        return new CredentialSummary(c.id, c.enrolmentId, c.assessmentId, c.achievementId, c.achievementVersion,
                c.achievementName, c.earnerId, c.issuedAt, c.signedWith, c.status.name(), c.statusReason,
                c.statusChangedBy, c.statusChangedAt, c.pathwayId);
    }
}
