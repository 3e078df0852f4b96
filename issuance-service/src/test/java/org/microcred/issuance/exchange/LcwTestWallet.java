package org.microcred.issuance.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.testing.Ed25519Signature2020Context;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestPresentations;
import org.microcred.credentials.testing.TestPresentations.Suite;
import org.microcred.events.EventCodec;

/**
 * A wallet app's holder in the exchange tests: a key of the credentials test-jar ({@link TestHolder}) signing
 * DID authentications as wallets do ({@link TestPresentations}: {@code Ed25519Signature2020} over VC 1.1 as the
 * Learner Credential Wallet, {@code eddsa-rdfc-2022} or {@code ecdsa-rdfc-2019} over VC 2.0), in Java with the
 * credentials library's canonicalization.
 */
final class LcwTestWallet {

    private static final TestPresentations PRESENTATIONS = new TestPresentations(canonicalizer());

    private final TestHolder holder;

    /** An Ed25519 did:key, as the Learner Credential Wallet's. */
    LcwTestWallet() {
        this(TestHolder.ed25519(TestHolder.DidMethod.KEY));
    }

    LcwTestWallet(TestHolder holder) {
        this.holder = holder;
    }

    String did() {
        return holder.did();
    }

    /** A DID authentication of this holder, by its key. */
    ObjectNode didAuthentication(Suite suite, String challenge, String domain) {
        return claimingToBe(this, suite, challenge, domain);
    }

    /** A presentation naming {@code claimed} as its holder, signed by this wallet's key (whoever that is). */
    ObjectNode claimingToBe(LcwTestWallet claimed, Suite suite, String challenge, String domain) {
        return PRESENTATIONS.sign(holder, TestPresentations.unsigned(claimed.holder, suite, List.of()), suite,
                challenge, domain, Instant.now());
    }

    /** The VCALM request body carrying a presentation. */
    static ObjectNode wrapped(JsonNode presentation) {
        ObjectNode body = EventCodec.mapper().createObjectNode();
        body.set("verifiablePresentation", presentation);
        return body;
    }

    private static Canonicalizer canonicalizer() {
        try {
            return Ed25519Signature2020Context.canonicalizer(Files.createTempDirectory("wallet-contexts"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
