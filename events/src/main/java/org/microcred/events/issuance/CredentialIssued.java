package org.microcred.events.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/** A credential was issued to an earner; {@code credential} is the whole Open Badges 3.0 document. */
public record CredentialIssued(
        UUID credentialId,
        UUID enrolmentId,
        UUID assessmentId,
        UUID achievementId,
        int achievementVersion,
        String earnerId,
        String achievementName,
        JsonNode credential,
        Instant issuedAt,
        // Added (additive): the same credential as a VC-JWT (EdDSA, same key), or null.
        String credentialJwt,
        // Added (additive): set when the credential is a pathway's stacked credential; then
        // achievementId/achievementVersion are the pathway's, and enrolmentId/assessmentId are null.
        UUID pathwayId) implements EventPayload {

    public CredentialIssued(UUID credentialId, UUID enrolmentId, UUID assessmentId, UUID achievementId,
            int achievementVersion, String earnerId, String achievementName, JsonNode credential, Instant issuedAt,
            String credentialJwt) {
        this(credentialId, enrolmentId, assessmentId, achievementId, achievementVersion, earnerId, achievementName,
                credential, issuedAt, credentialJwt, null);
    }
}
