package org.microcred.issuance.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventCodec;
import org.microcred.issuance.IssuedCredential;

/**
 * An issued credential: what it was issued for, its status, and the signed Open Badges 3.0
 * document itself (which does not change with the status: the status lists carry that), and its
 * VC-JWT form {@code jwt} (null for credentials issued before VC-JWTs). {@code pathwayId} as in
 * {@link CredentialSummary}.
 */
public record CredentialView(UUID id, UUID enrolmentId, UUID assessmentId, UUID achievementId, int achievementVersion,
        String achievementName, String earnerId, Instant issuedAt, String signedWith, String status,
        String statusReason, String statusChangedBy, Instant statusChangedAt, JsonNode credential,
        String jwt, UUID pathwayId) {

    static CredentialView of(IssuedCredential c) {
        return new CredentialView(c.id, c.enrolmentId, c.assessmentId, c.achievementId, c.achievementVersion,
                c.achievementName, c.earnerId, c.issuedAt, c.signedWith, c.status.name(), c.statusReason,
                c.statusChangedBy, c.statusChangedAt, document(c), c.credentialJwt, c.pathwayId);
    }

    private static JsonNode document(IssuedCredential c) {
        try {
            return EventCodec.mapper().readTree(c.document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored credential " + c.id + " is not JSON", e);
        }
    }
}
