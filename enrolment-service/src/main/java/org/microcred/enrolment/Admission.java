package org.microcred.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.problem.Problem.FieldError;
import org.microcred.support.problem.ProblemException;

/** The rules of admission to a micro-credential: commitment, terms, window, places. */
public final class Admission {

    /** The terms version of a version that names none. */
    public static final String DEFAULT_TERMS = "1";

    private Admission() {
    }

    /** Enrolling needs the earner's explicit acceptance of the commitment. */
    public static void requireAccepted(Boolean acceptCommitment) {
        if (!Boolean.TRUE.equals(acceptCommitment)) {
            throw new ProblemException(422, "commitment-not-accepted", "Commitment not accepted",
                    "Enrolling requires accepting the commitment: send acceptCommitment true",
                    List.of(new FieldError("acceptCommitment", "must be true")));
        }
    }

    /** The earner accepted the terms they read; if they changed since, they must read them again. */
    public static void requireCurrentTerms(String accepted, Achievement current) {
        String terms = termsOf(current);
        if (!Objects.equals(accepted, terms)) {
            throw new ProblemException(422, "terms-version-mismatch", "Terms version mismatch",
                    "The current terms are version '" + terms + "'; read the commitment again and accept that version",
                    List.of(new FieldError("termsVersion", "must be the current terms version '" + terms + "'")));
        }
    }

    /** 409 before the enrolment window opens and after it closes. */
    public static void requireWindowOpen(Achievement current, Instant now) {
        if (notYetOpen(current, now)) {
            throw ProblemException.conflict("enrolment-not-open",
                    "Enrolment opens at " + current.enrolmentOpensAt);
        }
        if (closed(current, now)) {
            throw ProblemException.conflict("enrolment-closed",
                    "Enrolment closed at " + current.enrolmentClosesAt);
        }
    }

    /** Whether {@link #requireWindowOpen} would let an earner enrol at {@code now}. */
    public static boolean windowOpen(Achievement version, Instant now) {
        return !notYetOpen(version, now) && !closed(version, now);
    }

    private static boolean notYetOpen(Achievement version, Instant now) {
        return version.enrolmentOpensAt != null && now.isBefore(version.enrolmentOpensAt);
    }

    /** The window closes at {@code enrolmentClosesAt}: from that instant on, no one enrols. */
    private static boolean closed(Achievement version, Instant now) {
        return version.enrolmentClosesAt != null && !now.isBefore(version.enrolmentClosesAt);
    }

    /**
     * Where a new enrolment starts: on the waiting list when the places (ACTIVE plus
     * PENDING_CONFIRMATION) are taken or others already wait; else waiting for staff when the
     * version asks for confirmation; else active.
     */
    public static EnrolmentStatus initialStatus(Integer capacity, long taken, long waiting, String confirmationMode) {
        if (capacity != null && (taken >= capacity || waiting > 0)) {
            return EnrolmentStatus.WAITLISTED;
        }
        return "staff".equals(confirmationMode) ? EnrolmentStatus.PENDING_CONFIRMATION : EnrolmentStatus.ACTIVE;
    }

    public static String termsOf(Achievement version) {
        return version.termsVersion == null ? DEFAULT_TERMS : version.termsVersion;
    }

    public static String confirmationModeOf(Achievement version) {
        return version.confirmationMode == null ? "automatic" : version.confirmationMode;
    }
}
