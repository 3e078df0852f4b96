package org.microcred.issuance.resign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.microcred.credentials.dataintegrity.CredentialJson;
import org.microcred.events.EventCodec;

/** Reading the older form of a signed credential: a proof naming its key {@code <issuerId>#<keyId>}. */
final class FragmentProofs {

    private FragmentProofs() {
    }

    /** The verification method of the first proof that names a fragment id, or null when none does. */
    static String fragmentMethod(String document) {
        JsonNode proofs;
        try {
            proofs = EventCodec.mapper().readTree(document).path("proof");
        } catch (JsonProcessingException e) {
            return null;
        }
        Iterable<JsonNode> each = proofs.isArray() ? proofs : List.of(proofs);
        for (JsonNode proof : each) {
            String method = proof.path("verificationMethod").asText("");
            if (method.indexOf('#') >= 0) {
                return method;
            }
        }
        return null;
    }

    /** How many proofs the document carries (a proof set of more than one is not ours to take apart). */
    static int proofCount(String document) {
        JsonObject signed = CredentialJson.parse(document);
        var proof = signed.get("proof");
        if (proof == null) {
            return 0;
        }
        return proof.getValueType() == jakarta.json.JsonValue.ValueType.ARRAY ? proof.asJsonArray().size() : 1;
    }

    /** The document without its proof: what was signed, and what is signed again. */
    static String unsigned(String document) {
        JsonObject signed = CredentialJson.parse(document);
        return CredentialJson.write(Json.createObjectBuilder(signed).remove("proof").build());
    }
}
