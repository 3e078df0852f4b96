package org.microcred.credentials.dataintegrity;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import org.microcred.credentials.CredentialException;

/**
 * Proof chains (VC Data Integrity 1.0, "Add Proof Set/Chain" and "Verify Proof Sets and Chains"): a proof with
 * {@code previousProof} (an id, or an array of ids, of other proofs of the same set) was made over the document
 * holding those proofs, so it is checked over that document; a proof without it (a proof set's member) over the
 * document with no proof at all.
 */
final class ProofChains {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ProofChains() {
    }

    /**
     * @param unsecured the document without any proof
     * @param proof     the proof to check
     * @param allProofs every proof the document carries
     * @throws CredentialException {@code invalid-proof} when {@code previousProof} names a proof that is not there
     */
    static JsonObject signedDocument(JsonObject unsecured, JsonObject proof, List<JsonValue> allProofs) {
        JsonValue previous = proof.get("previousProof");
        if (previous == null) {
            return unsecured;
        }
        List<String> ids = new ArrayList<>();
        if (previous instanceof JsonString id) {
            ids.add(id.getString());
        } else if (previous.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue id : previous.asJsonArray()) {
                if (!(id instanceof JsonString text)) {
                    throw new CredentialException("invalid-proof", "previousProof must be a proof id or ids");
                }
                ids.add(text.getString());
            }
        } else {
            throw new CredentialException("invalid-proof", "previousProof must be a proof id or ids");
        }
        JsonArrayBuilder matching = JSON.createArrayBuilder();
        for (String id : ids) {
            matching.add(find(allProofs, id));
        }
        return JSON.createObjectBuilder(unsecured).add("proof", matching).build();
    }

    private static JsonValue find(List<JsonValue> allProofs, String id) {
        for (JsonValue candidate : allProofs) {
            if (candidate instanceof JsonObject object && object.get("id") instanceof JsonString own
                    && own.getString().equals(id)) {
                return candidate;
            }
        }
        throw new CredentialException("invalid-proof", "previousProof names " + id + ", which is not a proof of"
                + " this document");
    }
}
