package org.microcred.credentials;

/**
 * A credential (or a baked image) that cannot be processed: malformed JSON, a context that is not
 * bundled, an unsupported cryptosuite, a document too large... {@code problem} is a short stable slug
 * (for example {@code unknown-context}) that services turn into an RFC 9457 problem type with a 4xx.
 */
public class CredentialException extends RuntimeException {

    private final String problem;

    public CredentialException(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    public CredentialException(String problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
