package org.microcred.e2e;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for an event to travel: asks again until an answer comes or the time is up. */
public final class Poll {

    private static final long INTERVAL_MILLIS = 25;

    private Poll() {
    }

    public static <T> T until(String what, Duration within, Supplier<Optional<T>> probe) {
        return until(what, within, Duration.ofMillis(INTERVAL_MILLIS), probe);
    }

    /** As {@link #until(String, Duration, Supplier)}, asking every {@code interval} (for rate-limited endpoints). */
    public static <T> T until(String what, Duration within, Duration interval, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + within.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
