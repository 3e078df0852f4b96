package org.microcred.credentials.holder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.credentials.contexts.BundledContexts;
import org.microcred.credentials.testing.Ed25519Signature2020Context;

/**
 * DID-authentication presentations made by Digital Bazaar's stack ({@code src/test/vectors/holder/make-vectors.mjs}),
 * checked by {@link PresentationProofs}. The {@code Ed25519Signature2020} ones need that suite's context, which is
 * supplied at test time ({@link Ed25519Signature2020Context}); without it they are skipped with a printed line.
 */
class PresentationProofsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-06T03:05:00Z");

    private static JsonNode parameters;
    private static PresentationVerifier verifier;
    private static String challenge;
    private static String domain;

    @BeforeAll
    static void readVectors(@TempDir Path contexts) throws IOException {
        parameters = vector("parameters");
        challenge = parameters.get("challenge").asText();
        domain = parameters.get("domain").asText();
        verifier = new PresentationVerifier(Ed25519Signature2020Context.canonicalizer(contexts));
    }

    @Test
    void theLearnerCredentialWalletsDidAuthenticationWithoutDomainIsVerified() throws Exception {
        requireEd25519Signature2020Context();

        VerifiedPresentation verified = verifier.verify(vector("ed25519-2020-vc1-no-domain"), challenge, null, NOW);

        assertEquals(parameters.get("holder2020").asText(), verified.holderDid());
        assertEquals(verified.holderDid(), verified.key().did());
        assertTrue(verified.credentials().isEmpty());
    }

    @Test
    void ed25519Signature2020PresentationsOfVc11AndVc20WithTheExpectedDomainAreVerified() throws Exception {
        requireEd25519Signature2020Context();
        for (String name : new String[] {"ed25519-2020-vc1", "ed25519-2020-vc2"}) {
            VerifiedPresentation verified = verifier.verify(vector(name), challenge, domain, NOW);

            assertEquals(parameters.get("holder2020").asText(), verified.holderDid(), name);
        }
    }

    @Test
    void eddsaRdfc2022PresentationsOfVc11AndVc20AreVerified() throws Exception {
        for (String name : new String[] {"eddsa-rdfc-2022-vc1", "eddsa-rdfc-2022-vc2"}) {
            VerifiedPresentation verified = PresentationProofs.verify(vector(name), challenge, domain, NOW);

            assertEquals(parameters.get("holderMultikey").asText(), verified.holderDid(), name);
            assertEquals(HolderKey.EDDSA, verified.key().algorithm());
        }
    }

    @Test
    void ecdsaRdfc2019PresentationsByAP256DidKeyOrDidJwkAreVerified() throws Exception {
        VerifiedPresentation byDidKey = PresentationProofs.verify(vector("ecdsa-rdfc-2019-did-key"), challenge, domain,
                NOW);
        VerifiedPresentation byDidJwk = PresentationProofs.verify(vector("ecdsa-rdfc-2019-did-jwk"), challenge, domain,
                NOW);

        assertEquals(parameters.get("holderP256").asText(), byDidKey.holderDid());
        assertEquals(HolderKey.ES256, byDidKey.key().algorithm());
        assertEquals(parameters.get("holderP256Jwk").asText(), byDidJwk.holderDid());
        assertEquals(byDidJwk.holderDid() + "#0", byDidJwk.key().verificationMethod());
    }

    @Test
    void anEcdsaPresentationChangedAfterSigningIsRefused() throws Exception {
        ObjectNode tampered = vector("ecdsa-rdfc-2019-did-key");
        tampered.put("id", "urn:uuid:6c1c2d2e-66a5-4bb0-9a2c-0e4bb1f2f9e4");

        assertRefused(HolderProofException.BAD_SIGNATURE,
                () -> PresentationProofs.verify(tampered, challenge, domain, NOW));
    }

    @Test
    void aSuiteSignedWithTheWrongKeyTypeIsRefused() throws Exception {
        ObjectNode eddsaByP256 = vector("ecdsa-rdfc-2019-did-key");
        ((ObjectNode) eddsaByP256.get("proof")).put("cryptosuite", "eddsa-rdfc-2022");

        assertRefused(HolderProofException.ALG_KEY_MISMATCH,
                () -> PresentationProofs.verify(eddsaByP256, challenge, domain, NOW));
    }

    @Test
    void theCredentialsAPresentationHoldsAreReturnedAsSent() throws Exception {
        VerifiedPresentation verified = PresentationProofs.verify(vector("eddsa-rdfc-2022-vc2-with-credential"),
                challenge, domain, NOW);

        assertEquals(1, verified.credentials().size());
        assertEquals(JSON.readTree(resource("/vectors/signed.json")), verified.credentials().get(0));
    }

    @Test
    void aDomainInTheProofIsAcceptedWhenNoneIsExpected() throws Exception {
        VerifiedPresentation verified = PresentationProofs.verify(vector("eddsa-rdfc-2022-vc2"), challenge, null, NOW);

        assertEquals(parameters.get("holderMultikey").asText(), verified.holderDid());
    }

    @Test
    void aProofForAnotherChallengeIsRefused() {
        assertRefused(HolderProofException.CHALLENGE_MISMATCH,
                () -> PresentationProofs.verify(vector("eddsa-rdfc-2022-vc2"), "another-challenge", domain, NOW));
    }

    @Test
    void aProofForAnotherDomainIsRefused() {
        assertRefused(HolderProofException.DOMAIN_MISMATCH,
                () -> PresentationProofs.verify(vector("eddsa-rdfc-2022-vc2"), challenge, "https://other.example",
                        NOW));
    }

    @Test
    void aProofWithoutDomainIsRefusedWhenOneIsExpected() {
        requireEd25519Signature2020Context();
        assertRefused(HolderProofException.DOMAIN_MISMATCH,
                () -> verifier.verify(vector("ed25519-2020-vc1-no-domain"), challenge, domain, NOW));
    }

    @Test
    void aProofMadeForAnotherPurposeIsRefused() {
        assertRefused(HolderProofException.WRONG_PROOF_PURPOSE,
                () -> verifier.verify(vector("ed25519-2020-assertion-purpose"), challenge, null, NOW));
    }

    /** Digital Bazaar's verifier accepts this presentation (its signature is valid); ours must not. */
    @Test
    void aProofByAKeyOfAnotherDidThanTheHoldersIsRefused() {
        assertRefused(HolderProofException.KEY_NOT_OF_HOLDER,
                () -> verifier.verify(vector("ed25519-2020-key-of-another-did"), challenge, domain, NOW));
    }

    @Test
    void aPresentationChangedAfterSigningIsRefused() throws Exception {
        ObjectNode withCredential = vector("eddsa-rdfc-2022-vc2-with-credential");
        ((ObjectNode) withCredential.get("verifiableCredential").get(0)).put("name", "Another badge");
        assertRefused(HolderProofException.BAD_SIGNATURE,
                () -> PresentationProofs.verify(withCredential, challenge, domain, NOW));

        requireEd25519Signature2020Context();
        ObjectNode lcw = vector("ed25519-2020-vc1");
        lcw.put("id", "urn:uuid:6c1c2d2e-66a5-4bb0-9a2c-0e4bb1f2f9e4");
        assertRefused(HolderProofException.BAD_SIGNATURE, () -> verifier.verify(lcw, challenge, domain, NOW));
    }

    @Test
    void anUnknownProofTypeIsRefused() throws Exception {
        ObjectNode jws = vector("eddsa-rdfc-2022-vc2");
        ((ObjectNode) jws.get("proof")).put("type", "JsonWebSignature2020");
        assertRefused(HolderProofException.UNSUPPORTED_PROOF_TYPE,
                () -> PresentationProofs.verify(jws, challenge, domain, NOW));

        ObjectNode bbs = vector("eddsa-rdfc-2022-vc2");
        ((ObjectNode) bbs.get("proof")).put("cryptosuite", "bbs-2023");
        assertRefused(HolderProofException.UNSUPPORTED_PROOF_TYPE,
                () -> PresentationProofs.verify(bbs, challenge, domain, NOW));
    }

    @Test
    void aPresentationWithoutProofIsRefused() throws Exception {
        ObjectNode unsigned = vector("eddsa-rdfc-2022-vc2");
        unsigned.remove("proof");

        assertRefused(HolderProofException.MISSING_PROOF,
                () -> PresentationProofs.verify(unsigned, challenge, domain, NOW));
    }

    @Test
    void aPresentationWithoutHolderIsRefused() throws Exception {
        ObjectNode anonymous = vector("eddsa-rdfc-2022-vc2");
        anonymous.remove("holder");

        assertRefused(HolderProofException.MISSING_HOLDER,
                () -> PresentationProofs.verify(anonymous, challenge, domain, NOW));
    }

    @Test
    void aDocumentThatIsNotAPresentationIsRefused() throws Exception {
        ObjectNode credential = vector("eddsa-rdfc-2022-vc2");
        credential.putArray("type").add("VerifiableCredential");

        assertRefused(HolderProofException.MALFORMED,
                () -> PresentationProofs.verify(credential, challenge, domain, NOW));
    }

    @Test
    void moreCredentialsOrProofsThanTheLimitsAreRefusedBeforeAnyCanonicalisation() throws Exception {
        ObjectNode crowded = vector("eddsa-rdfc-2022-vc2");
        ArrayNode credentials = crowded.putArray("verifiableCredential");
        for (int i = 0; i <= PresentationProofs.MAX_CREDENTIALS; i++) {
            credentials.addObject().put("id", "urn:uuid:" + i);
        }
        assertRefused(HolderProofException.TOO_LARGE,
                () -> PresentationProofs.verify(crowded, challenge, domain, NOW));

        ObjectNode manyProofs = vector("eddsa-rdfc-2022-vc2");
        ArrayNode proofs = JSON.createArrayNode();
        for (int i = 0; i <= PresentationProofs.MAX_PROOFS; i++) {
            proofs.add(manyProofs.get("proof").deepCopy());
        }
        manyProofs.set("proof", proofs);
        assertRefused(HolderProofException.TOO_LARGE,
                () -> PresentationProofs.verify(manyProofs, challenge, domain, NOW));
    }

    @Test
    void withoutTheSuppliedContextAnEd25519Signature2020PresentationIsRefusedNamingTheContext() {
        // Where the environment supplies the context (bin/test does, through bin/contexts), there is no "without".
        Assumptions.assumeFalse(BundledContexts.loader().knows(Ed25519Signature2020Context.URL),
                "skipped: MICROCRED_JSONLD_CONTEXTS_DIR supplies the Ed25519Signature2020 context");
        HolderProofException e = assertThrows(HolderProofException.class,
                () -> PresentationProofs.verify(vector("ed25519-2020-vc1"), challenge, domain, NOW));
        assertEquals(HolderProofException.MALFORMED, e.reason());
        assertTrue(e.getMessage().contains(Ed25519Signature2020Context.URL), e.getMessage());
    }

    private static void requireEd25519Signature2020Context() {
        Ed25519Signature2020Context.assumeAvailable();
    }

    private static void assertRefused(String reason, Executable verification) {
        HolderProofException e = assertThrows(HolderProofException.class, verification);
        assertEquals(reason, e.reason(), e.getMessage());
    }

    private static ObjectNode vector(String name) throws IOException {
        return (ObjectNode) JSON.readTree(resource("/holder/" + name + ".json"));
    }

    private static InputStream resource(String path) {
        return PresentationProofsTest.class.getResourceAsStream(path);
    }
}
