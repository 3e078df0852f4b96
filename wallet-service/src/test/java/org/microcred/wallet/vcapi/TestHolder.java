package org.microcred.wallet.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.dataintegrity.CredentialJson;
import org.microcred.credentials.keys.Base58Btc;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.wallet.verification.TestIssuer;

/**
 * A wallet's holder for tests: a did:key, and presentations it authenticates with an {@code eddsa-rdfc-2022} proof
 * (purpose {@code authentication}, the verifier's challenge and domain), as wallets answer a DID-authentication
 * request.
 */
final class TestHolder {

    private static final Canonicalizer CANONICALIZER = new Canonicalizer();

    final byte[] seed = Ed25519Keys.newSeed();
    final String did = Ed25519Keys.didKey(Ed25519Keys.publicKey(seed));

    /** A VC 2.0 presentation of the signed credentials, authenticated for this challenge and domain. */
    ObjectNode present(String challenge, String domain, String... signedCredentials) {
        ObjectNode presentation = TestIssuer.JSON.createObjectNode();
        presentation.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
        presentation.putArray("type").add("VerifiablePresentation");
        presentation.put("holder", did);
        var credentials = presentation.putArray("verifiableCredential");
        for (String credential : signedCredentials) {
            credentials.add(read(credential));
        }
        ObjectNode proof = TestIssuer.JSON.createObjectNode();
        proof.put("type", "DataIntegrityProof");
        proof.put("cryptosuite", "eddsa-rdfc-2022");
        proof.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        proof.put("verificationMethod", Ed25519Keys.didKeyVerificationMethod(Ed25519Keys.publicKey(seed)));
        proof.put("proofPurpose", "authentication");
        proof.put("challenge", challenge);
        proof.put("domain", domain);
        JsonObject unsecured = CredentialJson.parse(presentation.toString());
        byte[] hash = CANONICALIZER.hashData(unsecured, CredentialJson.parse(proof.toString()));
        proof.put("proofValue", Base58Btc.encodeMultibase(Ed25519Keys.sign(seed, hash)));
        presentation.set("proof", proof);
        return presentation;
    }

    static JsonNode read(String json) {
        try {
            return TestIssuer.JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
