package org.microcred.support.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Corpus finding (issue 9 E): which Accept values the negotiation can read; the others are treated as absent. */
class AcceptHeaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", ",", "application/", "/json"})
    void anEmptyOrUnparseableAcceptIsNotUsable(String accept) {
        assertFalse(AcceptHeader.usable(accept), "'" + accept + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/json", "application/problem+json, */*;q=0.1", "image/png",
        "text/html;q=0.9, application/json"})
    void aWellFormedAcceptIsKept(String accept) {
        assertTrue(AcceptHeader.usable(accept), accept);
    }
}
