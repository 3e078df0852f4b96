package org.microcred.issuance.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.microcred.credentials.shape.OpenBadgeShape;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;
import org.microcred.issuance.StatusChange;

/**
 * VCALM's status request, {@code {credentialId, credentialStatus: {type, statusPurpose}, status: true|false}}
 * ({@code credentialStatus} may also be a one-element array), read as one of our status changes: revocation
 * {@code true} revokes (for good), suspension {@code true} suspends and {@code false} reinstates.
 */
record StatusRequest(String credentialId, StatusChange change) {

    static StatusRequest of(JsonNode body) {
        JsonNode id = body.get("credentialId");
        if (id == null || !id.isTextual() || id.asText().isBlank()
                || id.asText().length() > VcApiLimits.MAX_ID_LENGTH) {
            throw DataModelRules.refused("invalid-credential-id", "credentialId must be the credential's id (at most "
                    + VcApiLimits.MAX_ID_LENGTH + " characters)");
        }
        List<JsonNode> statuses = OpenBadgeShape.each(body.get("credentialStatus"));
        if (statuses.size() != 1 || !statuses.get(0).isObject()
                || !BitstringStatusListEntry.TYPE.equals(statuses.get(0).path("type").asText())) {
            throw DataModelRules.refused("unsupported-status-type", "credentialStatus must be one object of type "
                    + BitstringStatusListEntry.TYPE + " naming its statusPurpose");
        }
        StatusPurpose purpose = IssueRequest.purpose(statuses.get(0).path("statusPurpose").asText(null));
        JsonNode status = body.get("status");
        if (status == null || !status.isBoolean()) {
            throw DataModelRules.refused("invalid-status", "status must be true (set the bit) or false (clear it)");
        }
        return new StatusRequest(id.asText(), change(purpose, status.asBoolean()));
    }

    private static StatusChange change(StatusPurpose purpose, boolean set) {
        if (purpose == StatusPurpose.SUSPENSION) {
            return set ? StatusChange.SUSPEND : StatusChange.REINSTATE;
        }
        if (!set) {
            throw new org.microcred.support.problem.ProblemException(409, "revocation-final", "Conflict",
                    "A revocation cannot be undone: suspend a credential to withdraw it for a while");
        }
        return StatusChange.REVOKE;
    }
}
