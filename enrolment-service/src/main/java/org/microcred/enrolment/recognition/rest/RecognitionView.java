package org.microcred.enrolment.recognition.rest;

import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.recognition.Recognition;

/**
 * A recognition request as issuer-admins see it: the external credential as the wallet verified it (never the
 * document), its last status, and the decision. {@code counts}: whether it counts toward its pathway now.
 */
public record RecognitionView(UUID id, String earnerId, UUID externalCredentialId, String format, String issuerId,
        String issuerName, boolean issuerKnown, String externalAchievementId, String externalAchievementName,
        String externalAchievementType, Instant validFrom, Instant validUntil, String subjectMatches,
        Instant submittedAt, String status, String credentialStatus, String credentialStatusReason,
        Instant credentialStatusAt, UUID pathwayId, Integer pathwayVersion, UUID componentAchievementId,
        String componentName, String reason, String decidedBy, Instant decidedAt, boolean counts) {

    public static RecognitionView of(Recognition r) {
        return new RecognitionView(r.id, r.earnerId, r.externalCredentialId, r.format, r.issuerId, r.issuerName,
                r.issuerKnown, r.externalAchievementId, r.externalAchievementName, r.externalAchievementType,
                r.validFrom, r.validUntil, r.subjectMatches, r.submittedAt, r.status.name(), r.credentialStatus,
                r.credentialStatusReason, r.credentialStatusAt, r.pathwayId, r.pathwayVersion,
                r.componentAchievementId, r.componentName, r.reason, r.decidedBy, r.decidedAt,
                r.counts(Instant.now()));
    }
}
