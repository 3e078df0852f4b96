package org.microcred.wallet.transcript;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.support.persistence.CredentialStatusRecord.Status;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.CredentialStatus;

/** The wallet's checks of a transcript request, each failure with its status and slug. */
class TranscriptRulesTest {

    private static ProblemException refused(org.junit.jupiter.api.function.Executable check) {
        return assertThrows(ProblemException.class, check);
    }

    @Test
    void oneToFiftyDistinctCredentialsAndANameOf200CharactersPass() {
        List<UUID> fifty = new ArrayList<>();
        for (int i = 0; i < TranscriptRules.MAX_CREDENTIALS; i++) {
            fifty.add(UUID.randomUUID());
        }
        assertDoesNotThrow(() -> TranscriptRules.checkShape(fifty, "x".repeat(TranscriptRules.MAX_NAME)));
        assertDoesNotThrow(() -> TranscriptRules.checkShape(List.of(UUID.randomUUID()), null));
    }

    @Test
    void eachBadShapeHasItsOwnProblem() {
        UUID id = UUID.randomUUID();
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i <= TranscriptRules.MAX_CREDENTIALS; i++) {
            many.add(UUID.randomUUID());
        }
        assertProblem(422, "no-credentials", refused(() -> TranscriptRules.checkShape(List.of(), null)));
        assertProblem(422, "no-credentials", refused(() -> TranscriptRules.checkShape(null, null)));
        assertProblem(422, "no-credentials", refused(() -> TranscriptRules.checkShape(Arrays.asList(id, null), null)));
        assertProblem(422, "too-many-credentials", refused(() -> TranscriptRules.checkShape(many, null)));
        ProblemException twice = refused(() -> TranscriptRules.checkShape(List.of(id, id), null));
        assertProblem(422, "duplicate-credentials", twice);
        assertTrue(twice.toProblem("/").detail().contains(id.toString()), twice.toProblem("/").detail());
        assertProblem(400, "validation", refused(() -> TranscriptRules.checkShape(List.of(id),
                "x".repeat(TranscriptRules.MAX_NAME + 1))));
    }

    @Test
    void credentialsOutsideTheWalletOrNotActiveAreNamed() {
        UUID mine = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        ProblemException unknown = refused(() -> TranscriptRules.checkOwn(List.of(mine, other), List.of(mine)));
        assertProblem(422, "unknown-credentials", unknown);
        String detail = String.valueOf(unknown.toProblem("/").detail());
        assertTrue(detail.contains(other.toString()) && !detail.contains(mine.toString()), detail);

        assertProblem(422, "credential-revoked", refused(() -> TranscriptRules.checkActive(List.of(
                status(mine, Status.SUSPENDED), status(other, Status.REVOKED)))));
        assertProblem(422, "credential-suspended", refused(() -> TranscriptRules.checkActive(List.of(
                status(mine, Status.SUSPENDED), status(other, Status.ACTIVE)))));
        assertDoesNotThrow(() -> TranscriptRules.checkActive(List.of(status(mine, Status.ACTIVE))));
    }

    private static CredentialStatus status(UUID id, Status status) {
        CredentialStatus s = new CredentialStatus();
        s.credentialId = id;
        s.status = status;
        return s;
    }

    private static void assertProblem(int status, String slug, ProblemException e) {
        assertEquals(status, e.status());
        assertTrue(String.valueOf(e.toProblem("/").type()).endsWith("/" + slug), String.valueOf(e.toProblem("/").type()));
    }
}
