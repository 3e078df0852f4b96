package org.microcred.e2e.delivery;

import org.microcred.e2e.Http;

/**
 * A delivery that did not complete: the step it stopped at, the HTTP status (0 when no answer came, -1 when an answer
 * came but did not hold what a wallet needs) and the start of the answer. Counted and reported, never retried: a
 * retried delivery would hide the refusal the benchmark exists to show.
 */
final class DeliveryFailure extends RuntimeException {

    /** How much of an answer's body a failure keeps (the report shows the first failures of each kind). */
    static final int MAX_BODY_CHARS = 300;
    static final int NO_ANSWER = 0;
    static final int UNUSABLE_ANSWER = -1;

    private final String step;
    private final int status;

    DeliveryFailure(String step, int status, String detail) {
        super(step + ": " + (status == NO_ANSWER ? "no answer" : status == UNUSABLE_ANSWER ? "unusable answer"
                : "HTTP " + status) + ": " + excerpt(detail));
        this.step = step;
        this.status = status;
    }

    /** The reply when its status is one of {@code expected}; a failure of {@code step} otherwise. */
    static Http.Reply expect(String step, Http.Reply reply, int... expected) {
        for (int status : expected) {
            if (reply.status() == status) {
                return reply;
            }
        }
        throw new DeliveryFailure(step, reply.status(), reply.text());
    }

    /** A 2xx answer that lacks what a wallet needs (no credential, or one bound to another holder). */
    static DeliveryFailure unusable(String step, String why) {
        return new DeliveryFailure(step, UNUSABLE_ANSWER, why);
    }

    String step() {
        return step;
    }

    int status() {
        return status;
    }

    /** What the report groups failures by: the step and the status. */
    String kind() {
        return step + " " + status;
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_BODY_CHARS ? text : text.substring(0, MAX_BODY_CHARS) + "...";
    }
}
