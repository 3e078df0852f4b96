package org.microcred.e2e.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The requests the benchmark's clients send and what they check in the answers, apart from the sending so that they
 * can be tested without a server: the shapes of docs/wallets/openid4vci.md, lcw.md and vc-api.md.
 */
final class DeliveryRequests {

    static final String PRE_AUTHORIZED = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    static final ObjectMapper JSON = new ObjectMapper();

    private DeliveryRequests() {
    }

    // --- OpenID4VCI ---

    /**
     * The earner's offer of one award in one configuration, with or without a transaction code, and with or without
     * the QR code (a web page shows it; an app opening the deep link on the same phone needs none).
     */
    static Map<String, Object> offer(String credentialId, String configuration, boolean txCode, boolean qrCode) {
        return Map.of("credentialId", credentialId, "txCode", txCode,
                "credentialConfigurationIds", List.of(configuration), "qrCode", qrCode);
    }

    /** The pre-authorized code of an offer document. */
    static String preAuthorizedCode(JsonNode offer) {
        return offer.path("grants").path(PRE_AUTHORIZED).path("pre-authorized_code").asText();
    }

    /** The token request's form; {@code txCode} null for an offer without one. */
    static String tokenForm(String code, String txCode) {
        return "grant_type=" + encode(PRE_AUTHORIZED) + "&pre-authorized_code=" + encode(code)
                + (txCode == null ? "" : "&tx_code=" + encode(txCode));
    }

    /** The credential request: one configuration, one key proof. */
    static Map<String, Object> credentialRequest(String configuration, String proofJwt) {
        return Map.of("credential_configuration_id", configuration, "proofs", Map.of("jwt", List.of(proofJwt)));
    }

    /**
     * The holder DID the credential of a credential response is bound to: an {@code ldp_vc}'s
     * {@code credentialSubject.id} (with a proof), or a VC-JWT's {@code sub} when its subject's id says the same;
     * null when the answer holds no such credential.
     */
    static String boundHolder(JsonNode credentialResponse) {
        JsonNode credential = credentialResponse.path("credentials").path(0).path("credential");
        if (credential.isObject()) {
            return credential.has("proof") ? credential.path("credentialSubject").path("id").asText(null) : null;
        }
        if (!credential.isTextual()) {
            return null;
        }
        JsonNode claims = jwtClaims(credential.asText());
        if (claims == null) {
            return null;
        }
        String sub = claims.path("sub").asText(null);
        JsonNode vc = claims.has("vc") ? claims.path("vc") : claims;
        return sub != null && sub.equals(vc.path("credentialSubject").path("id").asText(null)) ? sub : null;
    }

    // --- VC-API exchange ---

    /** What the wallet posts to complete the exchange: its DID authentication, as VCALM wraps it. */
    static ObjectNode exchangeAnswer(JsonNode presentation) {
        ObjectNode body = JSON.createObjectNode();
        body.set("verifiablePresentation", presentation);
        return body;
    }

    /** The holder DID of the credential an exchange delivered in its presentation; null without one. */
    static String exchangedHolder(JsonNode answer) {
        JsonNode credential = answer.path("verifiablePresentation").path("verifiableCredential").path(0);
        return credential.has("proof") ? credential.path("credentialSubject").path("id").asText(null) : null;
    }

    // --- VC-API issuer ---

    /**
     * An institution's system asks for an Open Badges 3.0 credential it composed, with a revocation entry in the
     * institution's status lists: the shape our own awards have, so it costs what an award's signing costs.
     */
    static ObjectNode issueRequest(String issuerId, String issuerName, UUID id, Instant validFrom) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        credential.put("id", "urn:uuid:" + id);
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", "Data Stewardship");
        credential.put("issuer", Map.of("id", issuerId, "type", List.of("Profile"), "name", issuerName));
        credential.put("validFrom", validFrom.truncatedTo(ChronoUnit.SECONDS).toString());
        credential.put("credentialSubject", Map.of(
                "type", List.of("AchievementSubject"),
                "identifier", List.of(Map.of("type", "IdentityObject", "identityType", "emailAddress",
                        "hashed", true, "salt", "bench",
                        "identityHash", "sha256$" + "5f".repeat(32))),
                "achievement", Map.of("id", "https://example.edu/achievements/data-stewardship",
                        "type", List.of("Achievement"), "name", "Data Stewardship",
                        "description", "Keeps research data findable and safe",
                        "criteria", Map.of("narrative", "Passed the data stewardship assessment"))));
        ObjectNode request = JSON.createObjectNode();
        request.set("credential", JSON.valueToTree(credential));
        request.putObject("options").putObject("credentialStatus").put("type", "BitstringStatusListEntry")
                .put("statusPurpose", "revocation");
        return request;
    }

    /** Whether an issue answer holds the credential signed, with its status entry. */
    static boolean signedWithStatus(JsonNode answer) {
        JsonNode credential = answer.path("verifiableCredential");
        return credential.has("proof") && credential.path("credentialStatus").has("statusListCredential");
    }

    private static JsonNode jwtClaims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
