package org.microcred.wallet.verification;

import org.microcred.support.problem.ProblemException;

/** Every verification place is taken: 503 {@code verification-busy}, to be retried after a moment. */
public class VerificationBusyException extends ProblemException {

    private final long retryAfterSeconds;

    public VerificationBusyException(long retryAfterSeconds) {
        super(503, "verification-busy", "Verification busy", "Too many verifications are running; retry after "
                + retryAfterSeconds + " seconds");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
