package org.microcred.support.problem;

import java.util.List;

/**
 * A client error with everything its problem details answer needs. Services throw it (or fail a
 * {@code Uni} with it); {@link ProblemMappers} turns it into {@code application/problem+json}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    /** Also what another tenant's object answers: its existence is not disclosed. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail);
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "Invalid request", detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid("The request has invalid fields", List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), instance, errors);
    }

    public int status() {
        return status;
    }

    /** The same refusal under another status, for an API whose specification names fewer statuses than ours. */
    public ProblemException withStatus(int other) {
        return new ProblemException(other, slug, title, getMessage(), errors);
    }
}
