package org.microcred.submission;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Timestamps at the database's precision, so a value read back equals the one first answered. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
