package org.microcred.issuance.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.issuance.CredentialStatus;
import org.microcred.issuance.IssuedCredential;

/** Which requests issuance refuses, and how the refusal names the credentials. */
class TranscriptRefusalTest {

    private static final String EARNER = "earner-1";

    private static IssuedCredential credential(String earner, CredentialStatus status) {
        IssuedCredential c = new IssuedCredential();
        c.id = UUID.randomUUID();
        c.earnerId = earner;
        c.status = status;
        return c;
    }

    @Test
    void ownActiveCredentialsAreNotRefused() {
        IssuedCredential a = credential(EARNER, CredentialStatus.ACTIVE);
        IssuedCredential b = credential(EARNER, CredentialStatus.ACTIVE);
        assertEquals(Optional.empty(), TranscriptRefusal.of(EARNER, List.of(b.id, a.id), List.of(a, b)));
    }

    @Test
    void aMissingOrAnotherEarnersCredentialIsUnknownAndNamed() {
        IssuedCredential mine = credential(EARNER, CredentialStatus.ACTIVE);
        IssuedCredential theirs = credential("earner-2", CredentialStatus.ACTIVE);
        UUID missing = UUID.randomUUID();
        TranscriptRefusal refusal = TranscriptRefusal.of(EARNER, List.of(mine.id, theirs.id, missing),
                List.of(mine, theirs)).orElseThrow();
        assertEquals(TranscriptRefusal.UNKNOWN, refusal.reason());
        assertTrue(refusal.detail().contains("urn:uuid:" + theirs.id) && refusal.detail().contains("urn:uuid:" + missing)
                && !refusal.detail().contains(mine.id.toString()), refusal.detail());
    }

    @Test
    void aRevokedCredentialOutranksASuspendedOneAndEachIsNamed() {
        IssuedCredential revoked = credential(EARNER, CredentialStatus.REVOKED);
        IssuedCredential suspended = credential(EARNER, CredentialStatus.SUSPENDED);
        TranscriptRefusal refusal = TranscriptRefusal.of(EARNER, List.of(suspended.id, revoked.id),
                List.of(revoked, suspended)).orElseThrow();
        assertEquals(TranscriptRefusal.REVOKED, refusal.reason());
        assertTrue(refusal.detail().contains(revoked.id.toString()), refusal.detail());

        TranscriptRefusal onlySuspended = TranscriptRefusal.of(EARNER, List.of(suspended.id), List.of(suspended))
                .orElseThrow();
        assertEquals(TranscriptRefusal.SUSPENDED, onlySuspended.reason());
        assertTrue(onlySuspended.detail().contains("urn:uuid:" + suspended.id), onlySuspended.detail());
    }

    @Test
    void anOversizedTranscriptSaysHowLargeAndTheLimit() {
        TranscriptRefusal refusal = TranscriptRefusal.tooLarge(700_001, TranscriptService.MAX_BYTES);
        assertEquals(TranscriptRefusal.TOO_LARGE, refusal.reason());
        assertTrue(refusal.detail().contains("700001") && refusal.detail().contains("600000"), refusal.detail());
        TranscriptRefusal complex = TranscriptRefusal.tooComplex("The credential's graph is too complex");
        assertEquals(TranscriptRefusal.TOO_LARGE, complex.reason());
        assertTrue(complex.detail().contains("too complex"), complex.detail());
    }
}
