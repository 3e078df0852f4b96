package org.microcred.credentials.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.verification.ProofCheck;

/**
 * Coverage-guided: credential JSON into the Data Integrity verifier ({@code CredentialJson} limits, JSON-LD safe
 * mode, {@code Canonicalizer}, {@code ProofVerifier}) with the resolver that knows the seeds' key, as
 * {@link CredentialVerifierFuzzTest} does with seeded mutations. Every input answers a proof check (valid exactly when
 * it has no reason) or a {@link CredentialException}, within {@link Bounded#LIMIT}.
 */
class CredentialVerifierGuidedFuzzTest {

    private final DataIntegrityProofs proofs = new DataIntegrityProofs(
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @FuzzTest(maxDuration = "30s")
    void credential(byte[] input) {
        String credential = new String(input, StandardCharsets.UTF_8);
        Bounded.run("credential", input, CredentialException.class::isInstance, () -> {
            ProofCheck check = proofs.verify(credential, FuzzKeys.ONE_KEY);
            assertTrue(check.valid() == (check.reason() == null), () -> "valid exactly without a reason: " + check);
            return check;
        });
    }
}
