package org.microcred.credentials.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.fuzz.support.Corpus;
import org.microcred.credentials.fuzz.support.FuzzRun;
import org.microcred.credentials.fuzz.support.Mutator;
import org.microcred.credentials.verification.ProofCheck;

/**
 * Credential JSON into the Data Integrity verifier (wallet-service's {@code POST /api/v1/verify}): parsing with its
 * limits ({@code CredentialJson}), JSON-LD expansion in safe mode, RDFC-1.0 canonicalisation ({@code Canonicalizer})
 * and the proof checks ({@code ProofVerifier}), with a resolver that knows the seeds' key. Every input answers a
 * proof check or a {@link CredentialException}, within {@link Bounded#LIMIT}.
 */
class CredentialVerifierFuzzTest {

    static final String TARGET = "credential";
    private static final Corpus CORPUS = Corpus.of("/org/microcred/credentials/fuzz/" + TARGET);
    private static final List<String> JSON_LD = List.of("{", "}", "[", "]", "\"", ",", ":", "null", "true", "{}",
            "[]", "\"@context\":", "\"@id\":", "\"@type\":", "\"@graph\":", "\"@list\":", "\"@set\":", "\"@value\":",
            "\"@language\":", "\"@reverse\":", "\"@included\":", "\"@nest\":", "\"@vocab\":", "\"@base\":",
            "\"@json\"", "\"_:b0\"", "\"proof\":", "\"id\":", "\"type\":", "\"DataIntegrityProof\"",
            "\"eddsa-rdfc-2022\"", "\"https://www.w3.org/ns/credentials/v2\"",
            "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"", "\"http://example.com/x\"",
            "\"urn:uuid:00000000-0000-0000-0000-000000000000\"", "\"" + FuzzKeys.METHOD + "\"",
            "\"did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169\"", "\"2025-01-15T10:00:00Z\"");

    private final DataIntegrityProofs proofs = new DataIntegrityProofs(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void anyCredentialIsCheckedOrRefused() {
        Mutator mutator = Mutator.ofText(CORPUS.seedTexts(), JSON_LD);
        FuzzRun.check(TARGET, mutator::text, this::verify);
    }

    @Test
    void seedsAndRegressionInputsAreCheckedOrRefused() {
        for (Path input : CORPUS.replays()) {
            verify(new String(Corpus.read(input), StandardCharsets.UTF_8));
        }
    }



    @Test
    void theSeedsReachTheSignatureCheck() {
        // Otherwise the mutations would start from inputs refused before canonicalisation and key resolution.
        for (String seed : CORPUS.seedTexts()) {
            assertTrue(proofs.verify(seed, FuzzKeys.ONE_KEY).valid());
        }
    }

    private void verify(String credential) {
        Bounded.run(TARGET, credential.getBytes(StandardCharsets.UTF_8), CredentialException.class::isInstance,
                () -> {
                    ProofCheck check = proofs.verify(credential, FuzzKeys.ONE_KEY);
                    assertTrue(check.valid() == (check.reason() == null), () -> "valid exactly without a reason: "
                            + check);
                    return check;
                });
    }
}
