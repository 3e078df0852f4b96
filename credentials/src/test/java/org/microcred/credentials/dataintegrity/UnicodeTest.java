package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.DidKeyResolver;

/** Non-ASCII text is signed as written, comes out unescaped and byte for byte, and verifies. */
class UnicodeTest {

    private static final String NAME = "SAFe® Practitioner – Zoë's 日本語 course 🎓";
    private static final String ISSUER_NAME = "Zoë Académie · 日本語学校";

    private final DataIntegrityProofs proofs = new DataIntegrityProofs();

    @Test
    void unicodeSurvivesSigningAndVerifies() {
        byte[] seed = Ed25519Keys.newSeed();
        byte[] publicKey = Ed25519Keys.publicKey(seed);
        String signed = proofs.sign(unsigned(Ed25519Keys.didKey(publicKey)), seed,
                Ed25519Keys.didKeyVerificationMethod(publicKey), Instant.parse("2025-06-01T08:30:00Z"));

        assertTrue(signed.contains("\"" + NAME + "\""), "written unescaped");
        assertTrue(signed.contains("\"" + ISSUER_NAME + "\""), "written unescaped");
        JsonObject parsed = CredentialJson.parse(signed);
        assertEquals(NAME, parsed.getString("name"));
        assertEquals(ISSUER_NAME, parsed.getJsonObject("issuer").getString("name"));
        assertTrue(proofs.verify(signed, new DidKeyResolver()).valid());
    }

    @Test
    void changingOneAccentFailsVerification() {
        byte[] seed = Ed25519Keys.newSeed();
        byte[] publicKey = Ed25519Keys.publicKey(seed);
        String signed = proofs.sign(unsigned(Ed25519Keys.didKey(publicKey)), seed,
                Ed25519Keys.didKeyVerificationMethod(publicKey), Instant.parse("2025-06-01T08:30:00Z"));

        String tampered = Vector.replaceOnce(signed, "Zoë Académie", "Zoe Académie");
        assertFalse(proofs.verify(tampered, new DidKeyResolver()).valid());
    }

    @Test
    void unicodeIsInTheCanonicalFormAsIs() {
        String nquads = proofs.canonicalNQuads(unsigned("did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z"));

        assertTrue(nquads.contains("<https://schema.org/name> \"" + NAME + "\" ."), nquads);
    }

    private static String unsigned(String issuer) {
        String json = Vector.replaceOnce(Vector.unsigned(), "Data Analysis with Python - Micro-credential", NAME);
        json = Vector.replaceOnce(json, "Example University - Centre for Continuing Education", ISSUER_NAME);
        return Vector.replaceOnce(json, "\"id\": \"did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z\"",
                "\"id\": \"" + issuer + "\"");
    }
}
