package org.microcred.credentials.holder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.testing.Ed25519Signature2020Context;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;
import org.microcred.credentials.testing.TestPresentations;
import org.microcred.credentials.testing.TestPresentations.Suite;

/**
 * The test wallet other modules' tests use ({@link TestHolder}, {@link TestPresentations}) makes what Digital
 * Bazaar's stack makes, and what it makes passes the holder-proof checks.
 */
class TestHolderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant CREATED = Instant.parse("2026-12-06T03:00:00Z");
    private static final String AUDIENCE = "https://issuer.example/tenants/acme";

    @Test
    void theSameSeedSignsTheDidAuthenticationDigitalBazaarsStackSigned(@TempDir Path contexts) throws Exception {
        JsonNode parameters = vector("parameters");
        TestHolder holder = TestHolder.ed25519(seedOfOnes(), DidMethod.KEY);
        String challenge = parameters.get("challenge").asText();
        String domain = parameters.get("domain").asText();
        assertEquals(parameters.get("holderMultikey").asText(), holder.did());

        ObjectNode eddsa = new TestPresentations(new Canonicalizer()).sign(holder,
                TestPresentations.unsigned(holder, Suite.EDDSA_RDFC_2022, List.of()), Suite.EDDSA_RDFC_2022,
                challenge, domain, CREATED);
        assertEquals(vector("eddsa-rdfc-2022-vc2").at("/proof/proofValue"), eddsa.at("/proof/proofValue"));

        Ed25519Signature2020Context.assumeAvailable();
        ObjectNode lcw = new TestPresentations(Ed25519Signature2020Context.canonicalizer(contexts))
                .didAuthentication(holder, challenge, null, CREATED);
        assertEquals(vector("ed25519-2020-vc1-no-domain").at("/proof/proofValue"), lcw.at("/proof/proofValue"));
    }

    @Test
    void p256DidAuthenticationsByDidKeyAndDidJwkPassThePresentationCheck() throws Exception {
        for (DidMethod method : DidMethod.values()) {
            TestHolder holder = TestHolder.p256(method);
            ObjectNode presentation = new TestPresentations(new Canonicalizer())
                    .didAuthentication(holder, "challenge-1", "https://issuer.example", CREATED);

            VerifiedPresentation verified = PresentationProofs.verify(presentation, "challenge-1",
                    "https://issuer.example", CREATED);

            assertEquals(holder.did(), verified.holderDid());
        }
    }

    @Test
    void keyProofsOfEveryHolderKindPassTheKeyProofCheckAndBindToItsDid() throws Exception {
        for (TestHolder holder : List.of(TestHolder.ed25519(DidMethod.KEY), TestHolder.ed25519(DidMethod.JWK),
                TestHolder.p256(DidMethod.KEY), TestHolder.p256(DidMethod.JWK))) {
            VerifiedProofJwt byKid = ProofJwts.verify(holder.proofJwt(AUDIENCE, "nonce-1", CREATED), AUDIENCE,
                    CREATED, Duration.ofMinutes(1));
            VerifiedProofJwt byJwk = ProofJwts.verify(holder.proofJwtWithJwk(AUDIENCE, null, CREATED), AUDIENCE,
                    CREATED, Duration.ofMinutes(1));

            assertEquals(holder.did(), byKid.holder().did());
            assertEquals("nonce-1", byKid.nonce());
            assertEquals(holder.didJwk(), byJwk.holder().did());
        }
    }

    private static byte[] seedOfOnes() {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) 1);
        return seed;
    }

    private static JsonNode vector(String name) throws IOException {
        return JSON.readTree(TestHolderTest.class.getResourceAsStream("/holder/" + name + ".json"));
    }
}
