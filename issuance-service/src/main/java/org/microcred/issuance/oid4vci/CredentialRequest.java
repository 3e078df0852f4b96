package org.microcred.issuance.oid4vci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.microcred.events.EventCodec;

/**
 * A credential request (OpenID4VCI 1.0 §8.2) as read from its JSON body: exactly one of
 * {@code credential_configuration_id} and {@code credential_identifier}, and {@code proofs.jwt}, one to
 * {@code maxProofs} compact JWTs. Draft 13's single {@code proof} and any other proof type are refused with
 * {@code invalid_request}, naming what to send instead.
 */
record CredentialRequest(String configurationId, String identifier, List<String> proofJwts) {

    /** The longest key proof the holder library reads. */
    static final int MAX_PROOF_CHARS = org.microcred.credentials.holder.ProofJwts.MAX_JWT_CHARS;

    static CredentialRequest parse(String body, int maxProofs) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : EventCodec.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw OAuthError.of("invalid_request", "The body is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw OAuthError.of("invalid_request", "The body is a JSON object");
        }
        String configuration = text(json, "credential_configuration_id");
        String identifier = text(json, "credential_identifier");
        if ((configuration == null) == (identifier == null)) {
            throw OAuthError.of("invalid_request",
                    "Give exactly one of credential_configuration_id and credential_identifier");
        }
        if (json.has("proof")) {
            throw OAuthError.of("invalid_request", "A single 'proof' (draft 13) is not supported: send 'proofs'"
                    + " with a 'jwt' array (OpenID4VCI 1.0)");
        }
        JsonNode proofs = json.get("proofs");
        if (proofs == null || !proofs.isObject()) {
            throw OAuthError.of("invalid_request", "'proofs' with a 'jwt' array of key proofs is required");
        }
        JsonNode jwts = proofs.get("jwt");
        if (proofs.size() != 1 || jwts == null || !jwts.isArray()) {
            throw OAuthError.of("invalid_request", "Only the 'jwt' proof type is supported: proofs.jwt, an array");
        }
        if (jwts.isEmpty() || jwts.size() > maxProofs) {
            throw OAuthError.of("invalid_request", "proofs.jwt holds 1 to " + maxProofs + " key proofs");
        }
        List<String> compact = new ArrayList<>();
        for (JsonNode jwt : jwts) {
            if (!jwt.isTextual() || jwt.asText().isEmpty() || jwt.asText().length() > MAX_PROOF_CHARS) {
                throw OAuthError.of("invalid_proof", "Each key proof is a compact JWT of at most "
                        + MAX_PROOF_CHARS + " characters");
            }
            compact.add(jwt.asText());
        }
        return new CredentialRequest(configuration, identifier, compact);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw OAuthError.of("invalid_request", field + " is a non-empty string");
        }
        return value.asText();
    }
}
