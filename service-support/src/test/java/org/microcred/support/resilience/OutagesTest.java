package org.microcred.support.resilience;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class OutagesTest {

    @Test
    void aRefusedConnectionDeepInTheCauseChainIsAnOutage() {
        Throwable wrapped = new IllegalStateException("HR000057: Failed to execute statement",
                new RuntimeException(new ConnectException("Connection refused: localhost/127.0.0.1:55432")));
        assertTrue(Outages.isOutage(wrapped));
    }

    @Test
    void postgresConnectionAndShutdownStatesAreOutages() {
        assertTrue(Outages.isOutage(new SQLException("gone", "08006")));
        assertTrue(Outages.isOutage(new SQLException("terminating", "57P01")));
        assertTrue(Outages.isOutage(new SQLException("starting up", "57P03")));
    }

    @Test
    void theReactiveClientsWordsForAClosedConnectionAreAnOutage() {
        assertTrue(Outages.isOutage(new IOException("Connection reset by peer")));
        assertTrue(Outages.isOutage(new RuntimeException("Failed to read any response from the server, the underlying"
                + " connection was closed")));
    }

    @Test
    void thePoolClosedAsTheServiceStopsIsAnOutageSoTheEventInFlightIsNotDeadLettered() {
        assertTrue(Outages.isOutage(new RuntimeException("Pool closed")));
    }

    @Test
    void aFailureOfTheWorkItselfIsNot() {
        assertFalse(Outages.isOutage(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(Outages.isOutage(new IllegalArgumentException("no such achievement")));
        assertFalse(Outages.isOutage(new NullPointerException()));
    }

    @Test
    void aCyclicCauseChainEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(Outages.isOutage(second));
    }
}
