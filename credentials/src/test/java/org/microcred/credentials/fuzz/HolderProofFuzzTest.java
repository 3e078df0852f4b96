package org.microcred.credentials.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.fuzz.support.FuzzRun;
import org.microcred.credentials.fuzz.support.Mutator;
import org.microcred.credentials.holder.HolderKey;
import org.microcred.credentials.holder.HolderProofException;
import org.microcred.credentials.holder.PresentationProofs;
import org.microcred.credentials.holder.ProofJwts;
import org.microcred.credentials.holder.VerifiedPresentation;
import org.microcred.credentials.holder.VerifiedProofJwt;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;

/**
 * The holder proofs a wallet sends (issue 16): OpenID4VCI key-proof JWTs into {@link ProofJwts#verify}, and
 * DID-authentication presentations (the Digital Bazaar vectors of {@code src/test/resources/holder}) into
 * {@link PresentationProofs#verify}, mutated as text. Every input answers a verified proof or a
 * {@link HolderProofException}, within {@link Bounded#LIMIT}; an accepted proof names an allowed algorithm and a
 * key of its holder. Seeds are made at run time (key proofs) or read from the vectors: no corpus of their own.
 */
class HolderProofFuzzTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:05:00Z");
    private static final String AUDIENCE = "https://issuer.example/tenants/acme";
    private static final List<String> JOSE = List.of(".", "=", "{", "}", "\"", "null", "[]", "\"alg\":", "\"none\"",
            "\"HS256\"", "\"EdDSA\"", "\"ES256\"", "\"Ed25519\"", "\"kid\":", "\"jwk\":", "\"typ\":", "\"x5c\":",
            "\"crit\":", "\"d\":", "\"aud\":", "\"iat\":", "\"nonce\":", "\"did:web:example.com#0\"",
            "\"did:jwk:e30#0\"", "\"use\":\"enc\"", "-1", "1e309", "9999999999999999999");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final List<String> JSON_LD = List.of("\"@context\":", "\"proof\":", "\"holder\":", "\"type\":",
            "\"challenge\":", "\"domain\":", "\"proofPurpose\":", "\"authentication\"", "\"assertionMethod\"",
            "\"verificationMethod\":", "\"cryptosuite\":", "\"ecdsa-rdfc-2019\"", "\"eddsa-rdfc-2022\"",
            "\"Ed25519Signature2020\"", "\"verifiableCredential\":", "\"@id\":", "\"@type\":", "[", "]", "{", "}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anyKeyProofIsVerifiedOrRefused() {
        Mutator mutator = Mutator.ofText(keyProofSeeds(), JOSE);
        FuzzRun.check("holder-jwt", mutator::text, HolderProofFuzzTest::verifyKeyProof);
    }

    /** Header and claims mutated as JSON and encoded again, so that the mutations get past base64url. */
    @Test
    void anyKeyProofHeaderAndClaimsAreVerifiedOrRefused() {
        List<String[]> parts = keyProofSeeds().stream().map(jwt -> jwt.split("\\.")).toList();
        Mutator headers = Mutator.ofText(parts.stream().map(p -> decode(p[0])).toList(), JOSE);
        Mutator claims = Mutator.ofText(parts.stream().map(p -> decode(p[1])).toList(), JOSE);
        FuzzRun.check("holder-jwt-json", random -> B64URL.encodeToString(headers.text(random).getBytes(
                StandardCharsets.UTF_8)) + "." + B64URL.encodeToString(claims.text(random).getBytes(
                StandardCharsets.UTF_8)) + "." + parts.get(random.nextInt(parts.size()))[2],
                HolderProofFuzzTest::verifyKeyProof);
    }

    private static void verifyKeyProof(String jwt) {
        Bounded.run("holder-jwt", jwt.getBytes(StandardCharsets.UTF_8), HolderProofException.class::isInstance,
                () -> {
                    VerifiedProofJwt proof = ProofJwts.verify(jwt, AUDIENCE, NOW, Duration.ofMinutes(5));
                    assertTrue(Set.of(HolderKey.EDDSA, HolderKey.ES256).contains(proof.holder().algorithm()));
                    assertTrue(proof.holder().verificationMethod().startsWith(proof.holder().did() + "#"));
                    return proof;
                });
    }

    private static List<String> keyProofSeeds() {
        List<String> seeds = new ArrayList<>();
        for (TestHolder holder : List.of(TestHolder.ed25519(DidMethod.KEY), TestHolder.p256(DidMethod.KEY),
                TestHolder.ed25519(DidMethod.JWK), TestHolder.p256(DidMethod.JWK))) {
            seeds.add(holder.proofJwt(AUDIENCE, "nonce-1", NOW));
            seeds.add(holder.proofJwtWithJwk(AUDIENCE, null, NOW));
        }
        return seeds;
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    @Test
    void anyPresentationIsVerifiedOrRefused() {
        List<String> seeds = List.of(vector("eddsa-rdfc-2022-vc2"), vector("eddsa-rdfc-2022-vc1"),
                vector("ecdsa-rdfc-2019-did-jwk"), vector("ed25519-2020-vc1"),
                vector("eddsa-rdfc-2022-vc2-with-credential"));
        Mutator mutator = Mutator.ofText(seeds, JSON_LD);
        FuzzRun.check("holder-presentation", mutator::text, text -> Bounded.run("holder-presentation",
                text.getBytes(StandardCharsets.UTF_8), HolderProofException.class::isInstance, () -> {
                    JsonNode presentation;
                    try {
                        presentation = JSON.readTree(text);
                    } catch (JsonProcessingException e) {
                        return null; // not JSON: the HTTP layer answers it, never reaches the check
                    }
                    VerifiedPresentation verified = PresentationProofs.verify(presentation,
                            "ch_5Vq0Yt2bN8xKp4Ld7RzW", null, NOW);
                    assertEquals(verified.holderDid(), verified.key().did());
                    return verified;
                }));
    }

    private static String vector(String name) {
        try (InputStream in = HolderProofFuzzTest.class.getResourceAsStream("/holder/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
