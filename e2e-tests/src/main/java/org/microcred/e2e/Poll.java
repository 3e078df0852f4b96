package org.microcred.e2e;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waiting for an event to travel: asks again until an answer comes or the time is up. By default the pause between
 * questions starts short and grows (20 ms, then half as long again each time, up to 200 ms): a hop that takes 100 ms
 * is seen within about 30 ms, and a client waiting through a slow hop asks about 5 times a second instead of 40, so
 * that the load driver's 64 clients do not themselves become the load (at a fixed 25 ms they asked up to 2,560 times
 * a second).
 */
public final class Poll {

    static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    static final Duration LONGEST_PAUSE = Duration.ofMillis(200);

    private Poll() {
    }

    public static <T> T until(String what, Duration within, Supplier<Optional<T>> probe) {
        return until(what, within, FIRST_PAUSE, LONGEST_PAUSE, probe);
    }

    /** As {@link #until(String, Duration, Supplier)}, asking every {@code interval} (for rate-limited endpoints). */
    public static <T> T until(String what, Duration within, Duration interval, Supplier<Optional<T>> probe) {
        return until(what, within, interval, interval, probe);
    }

    private static <T> T until(String what, Duration within, Duration firstPause, Duration longestPause,
            Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + within.toNanos();
        long pause = firstPause.toMillis();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out after " + within.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause = nextPause(pause, longestPause.toMillis());
        }
    }

    /** Half as long again, up to {@code longest}. */
    static long nextPause(long pause, long longest) {
        return Math.min(longest, pause + Math.max(1, pause / 2));
    }
}
