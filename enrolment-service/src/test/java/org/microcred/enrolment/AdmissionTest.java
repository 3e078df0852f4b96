package org.microcred.enrolment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.problem.ProblemException;

class AdmissionTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @Test
    void onlyAnExplicitTrueAcceptsTheCommitment() {
        assertEquals(422, assertThrows(ProblemException.class, () -> Admission.requireAccepted(null)).status());
        assertEquals(422, assertThrows(ProblemException.class, () -> Admission.requireAccepted(false)).status());
        assertDoesNotThrow(() -> Admission.requireAccepted(true));
    }

    @Test
    void theAcceptedTermsMustBeTheCurrentOnesAndTheProblemNamesThem() {
        Achievement version = new Achievement();
        version.termsVersion = "2026-05";
        ProblemException problem = assertThrows(ProblemException.class,
                () -> Admission.requireCurrentTerms("2026-01", version));
        assertEquals(422, problem.status());
        assertTrue(problem.getMessage().contains("'2026-05'"), problem.getMessage());
        assertDoesNotThrow(() -> Admission.requireCurrentTerms("2026-05", version));
        version.termsVersion = null;
        assertDoesNotThrow(() -> Admission.requireCurrentTerms("1", version), "no terms version means version 1");
    }

    @Test
    void theWindowIsOpenFromItsOpeningUntilItsClosing() {
        Achievement version = new Achievement();
        version.enrolmentOpensAt = NOW;
        version.enrolmentClosesAt = NOW.plus(Duration.ofDays(1));
        assertEquals(409, assertThrows(ProblemException.class,
                () -> Admission.requireWindowOpen(version, NOW.minusSeconds(1))).status());
        assertDoesNotThrow(() -> Admission.requireWindowOpen(version, NOW));
        assertEquals(409, assertThrows(ProblemException.class,
                () -> Admission.requireWindowOpen(version, version.enrolmentClosesAt)).status());
        assertDoesNotThrow(() -> Admission.requireWindowOpen(new Achievement(), NOW), "no window: always open");
    }

    @Test
    void aNewEnrolmentWaitsWhenThePlacesAreTakenOrOthersWait() {
        assertEquals(EnrolmentStatus.ACTIVE, Admission.initialStatus(null, 1000, 0, "automatic"));
        assertEquals(EnrolmentStatus.ACTIVE, Admission.initialStatus(2, 1, 0, "automatic"));
        assertEquals(EnrolmentStatus.PENDING_CONFIRMATION, Admission.initialStatus(2, 1, 0, "staff"));
        assertEquals(EnrolmentStatus.WAITLISTED, Admission.initialStatus(2, 2, 0, "automatic"));
        assertEquals(EnrolmentStatus.WAITLISTED, Admission.initialStatus(2, 1, 1, "staff"), "no overtaking");
    }
}
