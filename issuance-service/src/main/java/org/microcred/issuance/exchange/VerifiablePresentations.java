package org.microcred.issuance.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.events.EventCodec;

/** The two messages of the exchange (VCALM): what is asked of the wallet, and what it gets. */
final class VerifiablePresentations {

    static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

    private VerifiablePresentations() {
    }

    /**
     * {@code {"verifiablePresentationRequest": {"query": [DIDAuthentication], "challenge", "domain"}}}: a DID
     * authentication by a did:key or did:jwk, signed with one of the proof types the holder-proof library checks
     * ({@code Ed25519Signature2020}, {@code eddsa-rdfc-2022} with Ed25519, {@code ecdsa-rdfc-2019} with P-256).
     */
    static ObjectNode didAuthenticationRequest(String challenge, String domain) {
        ObjectNode answer = EventCodec.mapper().createObjectNode();
        ObjectNode request = answer.putObject("verifiablePresentationRequest");
        ObjectNode query = request.putArray("query").addObject().put("type", "DIDAuthentication");
        query.putArray("acceptedMethods").add(object("method", "key")).add(object("method", "jwk"));
        query.putArray("acceptedCryptosuites").add(object("cryptosuite", "Ed25519Signature2020"))
                .add(object("cryptosuite", "eddsa-rdfc-2022")).add(object("cryptosuite", "ecdsa-rdfc-2019"));
        request.put("challenge", challenge);
        request.put("domain", domain);
        return answer;
    }

    /** {@code {"verifiablePresentation": {"@context", "type", "verifiableCredential": [credential]}}}, unsigned. */
    static ObjectNode holding(JsonNode credential) {
        ObjectNode answer = EventCodec.mapper().createObjectNode();
        ObjectNode presentation = answer.putObject("verifiablePresentation");
        presentation.putArray("@context").add(VC_V2_CONTEXT);
        presentation.putArray("type").add("VerifiablePresentation");
        presentation.putArray("verifiableCredential").add(credential);
        return answer;
    }

    private static ObjectNode object(String name, String value) {
        return EventCodec.mapper().createObjectNode().put(name, value);
    }
}
