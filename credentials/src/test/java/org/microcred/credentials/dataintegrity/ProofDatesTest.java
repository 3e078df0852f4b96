package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.ProofCheck;

class ProofDatesTest {

    private final DataIntegrityProofs proofs =
            new DataIntegrityProofs(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aProofPastItsExpiresFails() {
        ProofCheck check = verify(Vector.replaceOnce(Vector.signed(), "\"proofPurpose\": \"assertionMethod\",",
                "\"proofPurpose\": \"assertionMethod\", \"expires\": \"2026-01-01T00:00:00Z\","));

        assertFalse(check.valid());
        assertTrue(check.reason().contains("expired at 2026-01-01T00:00:00Z"), check.reason());
    }

    @Test
    void aCreatedThatIsNotADateTimeFails() {
        ProofCheck check = verify(Vector.replaceOnce(Vector.signed(), "\"created\": \"2025-01-15T10:00:00Z\"",
                "\"created\": \"15/01/2025\""));

        assertFalse(check.valid());
        assertTrue(check.reason().contains("created is not an XML Schema date-time"), check.reason());
    }

    private ProofCheck verify(String json) {
        return proofs.verify(json, new DidKeyResolver());
    }
}
