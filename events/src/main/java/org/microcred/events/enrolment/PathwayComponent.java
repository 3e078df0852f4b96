package org.microcred.events.enrolment;

import java.util.UUID;

/**
 * One component that counted toward a completed pathway: a micro-credential credential the earner holds
 * ({@code credentialId}), or a credential from another issuer an issuer-admin recognised as equivalent to the
 * micro-credential {@code achievementId} ({@code externalCredentialId}, the wallet's id of it, with its issuer and
 * external achievement; {@code credentialId} is then null). The recognition fields were added later (additive): null
 * for a credential of this institution.
 *
 * @param achievementId           the pathway's micro-credential this component stands for
 * @param achievementVersion      the version of the held credential; for a recognised component, the micro-credential's
 *                                current published version when it was recognised
 * @param recognitionId           the recognition decision (enrolment-service's id)
 * @param externalAchievementId   the external achievement's id as its credential states it (null when none)
 */
public record PathwayComponent(UUID achievementId, int achievementVersion, String name, UUID credentialId,
        UUID recognitionId, UUID externalCredentialId, String issuerId, String issuerName,
        String externalAchievementId, String externalAchievementName) {

    /** A credential of this institution. */
    public PathwayComponent(UUID achievementId, int achievementVersion, String name, UUID credentialId) {
        this(achievementId, achievementVersion, name, credentialId, null, null, null, null, null, null);
    }

    /** A credential from elsewhere, recognised as equivalent to the micro-credential. */
    public static PathwayComponent recognised(UUID achievementId, int achievementVersion, String name,
            UUID recognitionId, UUID externalCredentialId, String issuerId, String issuerName,
            String externalAchievementId, String externalAchievementName) {
        return new PathwayComponent(achievementId, achievementVersion, name, null, recognitionId, externalCredentialId,
                issuerId, issuerName, externalAchievementId, externalAchievementName);
    }
}
