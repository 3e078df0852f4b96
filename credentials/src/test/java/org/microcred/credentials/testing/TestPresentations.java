package org.microcred.credentials.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.dataintegrity.CredentialJson;
import org.microcred.credentials.keys.Base58Btc;

/**
 * DID-authentication presentations signed by a {@link TestHolder}, as wallets make them: the Learner Credential
 * Wallet's ({@code Ed25519Signature2020} over a VC 1.1 presentation, its suite context added), and Data Integrity
 * ({@code eddsa-rdfc-2022}, {@code ecdsa-rdfc-2019}) over VC 2.0. The hash is the library's
 * ({@link Canonicalizer#hashData}); that it is the one Digital Bazaar's stack signs is shown by the credentials'
 * {@code TestHolderTest} (the same seed and inputs give the proofValue of a Digital Bazaar vector).
 */
public final class TestPresentations {

    /** The proof types a test wallet signs with. */
    public enum Suite { ED25519_SIGNATURE_2020, EDDSA_RDFC_2022, ECDSA_RDFC_2019 }

    public static final String VC1 = "https://www.w3.org/2018/credentials/v1";
    public static final String VC2 = "https://www.w3.org/ns/credentials/v2";

    private static final JsonProvider JSON = JsonProvider.provider();

    private final Canonicalizer canonicalizer;

    /**
     * @param canonicalizer the library's ({@code new Canonicalizer()}) or, for {@code Ed25519Signature2020}, one
     *                      that knows that suite's context ({@link Ed25519Signature2020Context#canonicalizer})
     */
    public TestPresentations(Canonicalizer canonicalizer) {
        this.canonicalizer = canonicalizer;
    }

    /**
     * What the holder's wallet answers a DID-authentication request with: {@code Ed25519Signature2020} over VC 1.1
     * for an Ed25519 key (as the Learner Credential Wallet), {@code ecdsa-rdfc-2019} over VC 2.0 for a P-256 key.
     *
     * @param domain null for none (the Learner Credential Wallet's {@code dccrequest} path)
     */
    public ObjectNode didAuthentication(TestHolder holder, String challenge, String domain, Instant created) {
        Suite suite = holder.isEd25519() ? Suite.ED25519_SIGNATURE_2020 : Suite.ECDSA_RDFC_2019;
        return sign(holder, unsigned(holder, suite, List.of()), suite, challenge, domain, created);
    }

    /** An unsigned presentation by the holder of these credentials, with the contexts {@code suite} needs. */
    public static ObjectNode unsigned(TestHolder holder, Suite suite, List<JsonNode> credentials) {
        ObjectNode presentation = TestJson.MAPPER.createObjectNode();
        ArrayNode context = presentation.putArray("@context");
        if (suite == Suite.ED25519_SIGNATURE_2020) {
            context.add(VC1).add(Ed25519Signature2020Context.URL);
        } else {
            context.add(VC2);
        }
        presentation.putArray("type").add("VerifiablePresentation");
        presentation.put("holder", holder.did());
        if (!credentials.isEmpty()) {
            presentation.putArray("verifiableCredential").addAll(credentials);
        }
        return presentation;
    }

    /** Adds an {@code authentication} proof by the holder's key to a presentation (signs whatever it says). */
    public ObjectNode sign(TestHolder holder, ObjectNode presentation, Suite suite, String challenge, String domain,
            Instant created) {
        var options = JSON.createObjectBuilder()
                .add("type", suite == Suite.ED25519_SIGNATURE_2020 ? "Ed25519Signature2020" : "DataIntegrityProof")
                .add("created", DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS)))
                .add("verificationMethod", holder.verificationMethod())
                .add("proofPurpose", "authentication")
                .add("challenge", challenge);
        if (suite != Suite.ED25519_SIGNATURE_2020) {
            options.add("cryptosuite", suite == Suite.EDDSA_RDFC_2022 ? "eddsa-rdfc-2022" : "ecdsa-rdfc-2019");
        }
        if (domain != null) {
            options.add("domain", domain);
        }
        JsonObject proof = options.build();
        JsonObject unsecured = CredentialJson.parse(TestJson.write(presentation));
        byte[] signature = holder.signRaw(canonicalizer.hashData(unsecured, proof));
        JsonObject signed = JSON.createObjectBuilder(unsecured)
                .add("proof", JSON.createObjectBuilder(proof).add("proofValue", Base58Btc.encodeMultibase(signature)))
                .build();
        return TestJson.read(CredentialJson.write(signed));
    }
}
