package org.microcred.issuance.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventCodec;
import org.microcred.issuance.IssuedCredential;

/** An issued credential: what it was issued for, and the Open Badges 3.0 document itself. */
public record CredentialView(UUID id, UUID enrolmentId, UUID assessmentId, UUID achievementId, int achievementVersion,
        String achievementName, String earnerId, Instant issuedAt, JsonNode credential) {

    static CredentialView of(IssuedCredential c) {
        return new CredentialView(c.id, c.enrolmentId, c.assessmentId, c.achievementId, c.achievementVersion,
                c.achievementName, c.earnerId, c.issuedAt, document(c));
    }

    private static JsonNode document(IssuedCredential c) {
        try {
            return EventCodec.mapper().readTree(c.document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored credential " + c.id + " is not JSON", e);
        }
    }
}
