package org.microcred.events.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * A credential was issued to an earner. {@code credentialText} is the signed Open Badges 3.0 document as the exact
 * text issuance stored and signed: a consumer that keeps or serves the document keeps this text, byte for byte
 * (parsing and writing it again would change spacing, key order or escapes, which a recognizer may compare).
 * {@code credential} is the same document as a JSON object, for consumers that only read it.
 */
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
        UUID pathwayId,
        // Added (additive): the document as the exact text that was signed and stored; null from a producer that
        // predates it (then only {@code credential} is there).
        String credentialText) implements EventPayload {

    public CredentialIssued(UUID credentialId, UUID enrolmentId, UUID assessmentId, UUID achievementId,
            int achievementVersion, String earnerId, String achievementName, JsonNode credential, Instant issuedAt,
            String credentialJwt, UUID pathwayId) {
        this(credentialId, enrolmentId, assessmentId, achievementId, achievementVersion, earnerId, achievementName,
                credential, issuedAt, credentialJwt, pathwayId, null);
    }

    public CredentialIssued(UUID credentialId, UUID enrolmentId, UUID assessmentId, UUID achievementId,
            int achievementVersion, String earnerId, String achievementName, JsonNode credential, Instant issuedAt,
            String credentialJwt) {
        this(credentialId, enrolmentId, assessmentId, achievementId, achievementVersion, earnerId, achievementName,
                credential, issuedAt, credentialJwt, null, null);
    }
}
