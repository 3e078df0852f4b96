package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.ProofCheck;

/** The vector made with Digital Bazaar's stack passes both ways: we sign what it signs, and verify what it signed. */
class GoldenVectorTest {

    private final DataIntegrityProofs proofs = new DataIntegrityProofs();

    @Test
    void signingTheUnsignedVectorReproducesItsProofValueExactly() {
        String signed = proofs.sign(Vector.unsigned(), Vector.seed(), Vector.verificationMethod(), Vector.CREATED);

        JsonObject proof = parse(signed).getJsonObject("proof");
        JsonObject expected = Vector.json("signed.json").getJsonObject("proof");
        assertEquals(expected.getString("proofValue"), proof.getString("proofValue"));
        assertEquals(expected, proof);
    }

    @Test
    void theSignedDocumentIsTheVectorsSignedDocument() {
        String signed = proofs.sign(Vector.unsigned(), Vector.seed(), Vector.verificationMethod(), Vector.CREATED);

        assertEquals(Vector.json("signed.json"), parse(signed));
    }

    @Test
    void canonicalNQuadsOfTheUnsignedVectorAreTheVectors() {
        assertEquals(Vector.text("unsigned.nquads"), proofs.canonicalNQuads(Vector.unsigned()));
    }

    @Test
    void theSignedVectorVerifies() {
        ProofCheck check = proofs.verify(Vector.signed(), new DidKeyResolver());

        assertTrue(check.valid(), check.reason());
        assertEquals(Vector.verificationMethod(), check.verificationMethod());
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
