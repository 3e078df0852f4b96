package org.microcred.issuance.rest;

import java.time.Instant;
import java.util.UUID;
import org.microcred.issuance.IssuedCredential;

/** One line of the credentials list: the metadata without the document, which the detail serves. */
public record CredentialSummary(UUID id, UUID enrolmentId, UUID assessmentId, UUID achievementId,
        int achievementVersion, String achievementName, String earnerId, Instant issuedAt) {

    static CredentialSummary of(IssuedCredential c) {
        return new CredentialSummary(c.id, c.enrolmentId, c.assessmentId, c.achievementId, c.achievementVersion,
                c.achievementName, c.earnerId, c.issuedAt);
    }
}
