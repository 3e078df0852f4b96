package org.microcred.issuance.holder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import org.microcred.events.EventCodec;

/**
 * Turns an award's signed credential into the unsigned document of a copy for one holder (pure): the proof goes, the
 * copy gets its own {@code id} ({@code urn:uuid:}), and {@code credentialSubject.id} becomes the holder's DID, first
 * among the subject's properties. Everything else stays as the award states it: the recipient's salted
 * {@code identifier} (the copy still says whose award it is, to whoever knows the email), {@code validFrom}
 * (when it was earned), and the award's own {@code credentialStatus} entry.
 */
public final class HolderBoundDocument {

    private HolderBoundDocument() {
    }

    public static String of(String awardDocument, UUID copyId, String holderDid) {
        ObjectNode award = parse(awardDocument);
        award.remove("proof");
        JsonNode subject = award.get("credentialSubject");
        if (subject == null || !subject.isObject()) {
            throw new IllegalStateException("An issued credential has one credentialSubject object");
        }
        ObjectNode boundSubject = EventCodec.mapper().createObjectNode().put("id", holderDid);
        for (Iterator<Map.Entry<String, JsonNode>> it = subject.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!"id".equals(field.getKey())) {
                boundSubject.set(field.getKey(), field.getValue());
            }
        }
        award.put("id", "urn:uuid:" + copyId);
        award.set("credentialSubject", boundSubject);
        try {
            return EventCodec.mapper().writeValueAsString(award);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree is always writable", e);
        }
    }

    /**
     * The copy's document as the claims set of its {@code jwt_vc_json} VC-JWT: the VC 2.0 credential (whose members
     * are the claims, as VC-JOSE-COSE has it) plus VCDM 1.1's {@code vc} claim holding the same credential, which is
     * where OpenID4VCI wallets built on the VCDM 1.1 JWT encoding (EUDI, Credo and others) read it. Both describe one
     * credential under one signature; the registered claims ({@code iss}, {@code sub}, {@code jti}, {@code nbf}) are
     * added at signing and serve both readings.
     */
    public static String withVcClaim(String copyDocument) {
        ObjectNode claims = parse(copyDocument);
        claims.set("vc", claims.deepCopy());
        try {
            return EventCodec.mapper().writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree is always writable", e);
        }
    }

    private static ObjectNode parse(String document) {
        try {
            return (ObjectNode) EventCodec.mapper().readTree(document);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("An issued credential is a JSON object", e);
        }
    }
}
