package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs.ProofForm;
import org.microcred.credentials.testing.Ob3Schemas;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.ProofCheck;

/**
 * The proof as an array (what 1EdTech's plain OB 3.0 schema requires) is the same proof as the single object of the
 * Digital Bazaar vector: same value, and it verifies. The schema checks need ../shared beside the clone.
 */
class ProofFormTest {

    private final DataIntegrityProofs proofs = new DataIntegrityProofs();

    @Test
    void aProofArrayHoldsExactlyTheVectorsProofAndVerifies() {
        String signed = sign(ProofForm.ARRAY);

        JsonObject document = parse(signed);
        assertEquals(1, document.getJsonArray("proof").size());
        assertEquals(Vector.json("signed.json").getJsonObject("proof"), document.getJsonArray("proof").get(0));
        ProofCheck check = proofs.verify(signed, new DidKeyResolver());
        assertTrue(check.valid(), check.reason());
    }

    @Test
    void thePlainOb3SchemaTakesTheProofArrayAndRefusesTheSingleObject() {
        Ob3Schemas schemas = Ob3Schemas.require();

        schemas.assertValid(Ob3Schemas.Kind.ACHIEVEMENT_CREDENTIAL, sign(ProofForm.ARRAY));
        List<String> problems = schemas.problems(Ob3Schemas.Kind.ACHIEVEMENT_CREDENTIAL, sign(ProofForm.OBJECT));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("/proof"), problems.toString());
    }

    private String sign(ProofForm form) {
        return proofs.sign(Vector.unsigned(), Vector.seed(), Vector.verificationMethod(), Vector.CREATED, form);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
