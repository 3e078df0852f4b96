package org.microcred.issuance.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.status.StatusPurpose;

/**
 * VCALM's issue request, {@code {credential, options}}: the credential to sign, and the status entries
 * {@code options.credentialStatus} asks for ({@code {type: BitstringStatusListEntry, statusPurpose}}, one object or
 * an array of them, each purpose once; the purpose defaults to revocation).
 */
record IssueRequest(JsonNode credential, List<StatusPurpose> statusPurposes) {

    static IssueRequest of(JsonNode body) {
        JsonNode credential = body.get("credential");
        if (credential == null || !credential.isObject()) {
            throw DataModelRules.refused("invalid-credential", "The body must hold the credential to sign as"
                    + " 'credential' (a JSON object)");
        }
        JsonNode options = body.path("options");
        if (!options.isMissingNode() && !options.isObject()) {
            throw DataModelRules.refused("invalid-options", "options must be a JSON object");
        }
        return new IssueRequest(credential, purposes(options.get("credentialStatus")));
    }

    private static List<StatusPurpose> purposes(JsonNode requested) {
        List<StatusPurpose> purposes = new ArrayList<>();
        for (JsonNode entry : org.microcred.credentials.shape.OpenBadgeShape.each(requested)) {
            if (!entry.isObject() || !BitstringStatusListEntry.TYPE.equals(entry.path("type").asText())) {
                throw DataModelRules.refused("unsupported-status-type", "options.credentialStatus must be of type "
                        + BitstringStatusListEntry.TYPE);
            }
            StatusPurpose purpose = purpose(entry.path("statusPurpose").asText(StatusPurpose.REVOCATION.value()));
            if (purposes.contains(purpose)) {
                throw DataModelRules.refused("unsupported-status-purpose", "options.credentialStatus asks for "
                        + purpose.value() + " twice");
            }
            purposes.add(purpose);
        }
        return List.copyOf(purposes);
    }

    static StatusPurpose purpose(String value) {
        try {
            return StatusPurpose.of(value);
        } catch (CredentialException e) {
            throw DataModelRules.refused("unsupported-status-purpose", "statusPurpose must be revocation or"
                    + " suspension, not " + value);
        }
    }
}
