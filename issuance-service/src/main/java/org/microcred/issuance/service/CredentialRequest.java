package org.microcred.issuance.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.issuance.CatalogueAchievement;
import org.microcred.issuance.jsonld.IdentityHash;
import org.microcred.issuance.IssuerProfile;
import org.microcred.issuance.jsonld.OpenBadgeCredentialBuilder;
import org.microcred.issuance.jsonld.PathwayCredentialBuilder;

/**
 * What one credential is issued for (the columns that identify it, and what {@code credential.issued}
 * says of it), and how its unsigned document is built once its id, time and status slots exist. A
 * micro-credential's states an award decision; a pathway's stacked credential states a completed pathway.
 *
 * @param pathwayId null for a micro-credential; for a pathway, equal to {@code achievementId}
 * @param basis     what earned it, as the audit trail records it: {@code rubric} (an assessor), {@code progress}
 *                  (LMS-triggered), {@code pathway} (a completed pathway)
 */
public record CredentialRequest(String earnerId, UUID achievementId, int achievementVersion, UUID assessmentId,
        UUID enrolmentId, UUID pathwayId, String achievementName, String basis, DocumentBuilder document) {

    /** Builds the unsigned document; the salt of its recipient hash is fresh for each credential. */
    @FunctionalInterface
    public interface DocumentBuilder {
        ObjectNode build(UUID credentialId, Instant issuedAt, IssuerProfile issuer, BitstringStatusListEntry status);
    }

    public static CredentialRequest award(CatalogueAchievement achievement, AssessmentDecided award) {
        return new CredentialRequest(award.earnerId(), award.achievementId(), award.achievementVersion(),
                award.assessmentId(), award.enrolmentId(), null, achievement.name,
                award.basis() != null ? award.basis() : AssessmentDecided.RUBRIC,
                (id, issuedAt, issuer, status) -> OpenBadgeCredentialBuilder.build(new OpenBadgeCredentialBuilder.Inputs(
                        id, issuedAt, IdentityHash.newSalt(), issuer, achievement, award, status)));
    }

    public static CredentialRequest pathway(PathwayCompleted completed) {
        return new CredentialRequest(completed.earnerId(), completed.pathwayId(), completed.pathwayVersion(), null,
                null, completed.pathwayId(), completed.name(), "pathway",
                (id, issuedAt, issuer, status) -> PathwayCredentialBuilder.build(new PathwayCredentialBuilder.Inputs(
                        id, issuedAt, IdentityHash.newSalt(), issuer, completed, status)));
    }
}
