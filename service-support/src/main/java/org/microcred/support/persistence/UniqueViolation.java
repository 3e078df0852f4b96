package org.microcred.support.persistence;

import io.vertx.pgclient.PgException;

/**
 * Recognises PostgreSQL's unique-constraint violation (SQLSTATE 23505) however Hibernate wrapped it:
 * the sign that a concurrent request already created what this one tried to create.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && c.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
