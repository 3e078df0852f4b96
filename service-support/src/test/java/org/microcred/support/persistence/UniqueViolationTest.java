package org.microcred.support.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.pgclient.PgException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    @Test
    void recognisesSqlState23505BehindHibernatesWrapping() {
        PgException duplicate = new PgException("duplicate key value", "ERROR", "23505", "Key exists");
        assertTrue(UniqueViolation.is(new PersistenceException("flush failed", duplicate)));
    }

    @Test
    void otherDatabaseErrorsAreNotDuplicates() {
        assertFalse(UniqueViolation.is(new PersistenceException("x",
                new PgException("violates foreign key", "ERROR", "23503", null))));
        assertFalse(UniqueViolation.is(new IllegalStateException("no cause")));
    }
}
