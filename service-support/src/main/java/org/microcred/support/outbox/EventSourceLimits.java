package org.microcred.support.outbox;

/**
 * The defaults of the budgets that keep every event under {@code microcred.outbox.max-event-bytes}, enforced where
 * the input enters (issue 9 B): no accepted input may produce an event the relay has to park. They live here, once,
 * because the service that accepts an input is not the one that builds the largest event from it: an issuer-admin's
 * definition is copied into every credential issuance-service signs, and {@code credential.issued} carries it about
 * 3.4 times (the signed text, the same document as an object, and the VC-JWT). Each service's typed configuration
 * takes its default from here; issuance-service's LargestCredentialEventTest and submission-service's
 * LargestSubmissionEventTest build events from inputs at these limits and show they fit.
 */
public final class EventSourceLimits {

    /**
     * A micro-credential definition as JSON (UTF-8 bytes), all fields together
     * ({@code microcred.catalogue.max-definition-bytes}). Generous for a real rubric (20 criteria of 10 levels with
     * short descriptions fit), small enough that the credential stays far below the event maximum.
     */
    public static final String MAX_DEFINITION_BYTES = "32768";

    /** An evidence prompt's text, in characters: it is repeated in the credential once per piece of evidence. */
    public static final int MAX_PROMPT_TEXT_CHARS = 500;

    /**
     * An attempt's written answers as JSON (UTF-8 bytes), all answers together
     * ({@code microcred.submission.answers.max-total-bytes}); each answer stays at most 20000 characters.
     */
    public static final String MAX_ANSWERS_BYTES = "262144";

    private EventSourceLimits() {
    }
}
