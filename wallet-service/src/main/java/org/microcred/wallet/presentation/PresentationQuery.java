package org.microcred.wallet.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.events.EventCodec;

/**
 * What a recognizer asks for: an Open Badges 3.0 credential for one achievement, or any from one issuer; and the
 * {@code verifiablePresentationRequest} (VCALM) that asks a wallet app for it: a {@code QueryByExample} of that
 * credential beside a {@code DIDAuthentication} by a did:key or did:jwk, with the request's challenge and domain.
 */
public record PresentationQuery(String achievementId, String issuerId, String reason) {

    static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String OPEN_BADGE_CREDENTIAL = "OpenBadgeCredential";

    /** Whether a credential is what was asked for: an OpenBadgeCredential of that achievement, or of that issuer. */
    public boolean matches(JsonNode credential) {
        if (!hasType(credential.path("type"), OPEN_BADGE_CREDENTIAL)
                && !hasType(credential.path("type"), "AchievementCredential")) {
            return false;
        }
        if (achievementId != null) {
            return achievementId.equals(credential.path("credentialSubject").path("achievement").path("id").asText(null));
        }
        return issuerId.equals(issuerIdOf(credential));
    }

    /** {@code {"verifiablePresentationRequest": {"query": [QueryByExample, DIDAuthentication], challenge, domain}}}. */
    ObjectNode request(String challenge, String domain) {
        ObjectNode answer = EventCodec.mapper().createObjectNode();
        ObjectNode request = answer.putObject("verifiablePresentationRequest");
        ArrayNode queries = request.putArray("query");
        ObjectNode credentialQuery = queries.addObject().put("type", "QueryByExample").putObject("credentialQuery");
        credentialQuery.put("reason", reason);
        ObjectNode example = credentialQuery.putObject("example");
        example.putArray("@context").add(VC_V2_CONTEXT).add(OB_CONTEXT);
        example.put("type", OPEN_BADGE_CREDENTIAL);
        if (achievementId != null) {
            example.putObject("credentialSubject").putObject("achievement").put("id", achievementId);
        } else {
            example.putObject("issuer").put("id", issuerId);
        }
        ObjectNode didAuthentication = queries.addObject().put("type", "DIDAuthentication");
        didAuthentication.putArray("acceptedMethods").add(object("method", "key")).add(object("method", "jwk"));
        didAuthentication.putArray("acceptedCryptosuites").add(object("cryptosuite", "Ed25519Signature2020"))
                .add(object("cryptosuite", "eddsa-rdfc-2022")).add(object("cryptosuite", "ecdsa-rdfc-2019"));
        request.put("challenge", challenge);
        request.put("domain", domain);
        return answer;
    }

    /** The issuer's id, whether the credential states it as a string or as a profile object. */
    static String issuerIdOf(JsonNode credential) {
        JsonNode issuer = credential.path("issuer");
        return issuer.isTextual() ? issuer.asText() : issuer.path("id").asText(null);
    }

    private static boolean hasType(JsonNode type, String wanted) {
        if (type.isTextual()) {
            return wanted.equals(type.asText());
        }
        for (JsonNode each : type) {
            if (wanted.equals(each.asText())) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode object(String name, String value) {
        return EventCodec.mapper().createObjectNode().put(name, value);
    }
}
