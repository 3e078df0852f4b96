package org.microcred.support.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.CompositeException;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/**
 * A request whose transaction failed for a reason the client should hear, and whose rollback then failed because the
 * database went away, is answered for the first failure, not as a 500 (seen in the long fault run).
 */
class CompositeFailureTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void theFirstFailureIsTheAnswerWhenItIsAProblem() {
        CompositeException failure = new CompositeException(
                ProblemException.conflict("already-enrolled", "Already enrolled"), new IllegalStateException("Connection is closed"));

        Response response = mappers.composite(failure, null, null);

        assertEquals(409, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
    }

    @Test
    void aServerAwayFirstIsAnOutage() {
        CompositeException failure = new CompositeException(
                new ConnectException("Connection refused"), new IllegalStateException("rollback failed"));

        Response response = mappers.composite(failure, null, null);

        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
    }

    @Test
    void anUnexpectedFirstFailureStaysA500() {
        CompositeException failure = new CompositeException(
                new IllegalArgumentException("bug"), new IllegalStateException("Connection is closed"));

        assertEquals(500, mappers.composite(failure, null, null).getStatus());
    }
}
