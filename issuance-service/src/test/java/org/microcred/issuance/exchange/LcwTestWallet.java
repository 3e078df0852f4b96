package org.microcred.issuance.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.microcred.credentials.keys.Base58Btc;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.events.EventCodec;

/**
 * A holder as a wallet app is one: an Ed25519 key as a {@code did:key}, making DID-authentication presentations the
 * way the Learner Credential Wallet does ({@code Ed25519Signature2020} over a VC 1.1 presentation carrying the suite
 * context, purpose {@code authentication}, the verifier's challenge and, on the VCALM path, its domain) or as
 * {@code eddsa-rdfc-2022} over a VC 2.0 presentation. Signed here in Java with the credentials library's
 * canonicalization (RDFC-1.0 hash data) and Ed25519.
 */
final class LcwTestWallet {

    enum Suite { ED25519_SIGNATURE_2020, EDDSA_RDFC_2022 }

    private static final JsonProvider JSON = JsonProvider.provider();

    private final byte[] seed = Ed25519Keys.newSeed();
    private final byte[] publicKey = Ed25519Keys.publicKey(seed);

    String did() {
        return Ed25519Keys.didKey(publicKey);
    }

    /** A presentation of this holder, signed by this holder's key. */
    ObjectNode didAuthentication(Suite suite, String challenge, String domain) {
        return didAuthentication(did(), suite, challenge, domain);
    }

    /** A presentation naming {@code holder} as its holder, signed by this wallet's key, whoever {@code holder} is. */
    ObjectNode didAuthentication(String holder, Suite suite, String challenge, String domain) {
        ObjectNode presentation = EventCodec.mapper().createObjectNode();
        ObjectNode proof = EventCodec.mapper().createObjectNode();
        if (suite == Suite.ED25519_SIGNATURE_2020) {
            presentation.putArray("@context").add("https://www.w3.org/2018/credentials/v1")
                    .add(Ed25519Signature2020ContextResource.CONTEXT);
            proof.put("type", "Ed25519Signature2020");
        } else {
            presentation.putArray("@context").add(VerifiablePresentations.VC_V2_CONTEXT);
            proof.put("type", "DataIntegrityProof").put("cryptosuite", "eddsa-rdfc-2022");
        }
        presentation.putArray("type").add("VerifiablePresentation");
        presentation.put("holder", holder);
        proof.put("created", DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)))
                .put("verificationMethod", Ed25519Keys.didKeyVerificationMethod(publicKey))
                .put("proofPurpose", "authentication")
                .put("challenge", challenge);
        if (domain != null) {
            proof.put("domain", domain);
        }
        byte[] hashData = Ed25519Signature2020ContextResource.canonicalizer().hashData(jakarta(presentation),
                jakarta(proof));
        proof.put("proofValue", Base58Btc.encodeMultibase(Ed25519Keys.sign(seed, hashData)));
        presentation.set("proof", proof);
        return presentation;
    }

    /** The VCALM request body carrying a presentation. */
    static ObjectNode wrapped(JsonNode presentation) {
        ObjectNode body = EventCodec.mapper().createObjectNode();
        body.set("verifiablePresentation", presentation);
        return body;
    }

    private static JsonObject jakarta(JsonNode node) {
        return JSON.createReader(new StringReader(node.toString())).readObject();
    }
}
