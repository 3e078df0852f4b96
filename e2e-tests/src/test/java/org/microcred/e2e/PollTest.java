package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The driver's wait asks less and less often, up to its longest pause, and gives up at its deadline. */
class PollTest {

    @Test
    void thePauseGrowsByHalfUpToTheLongest() {
        List<Long> pauses = new ArrayList<>();
        long pause = Poll.FIRST_PAUSE.toMillis();
        for (int i = 0; i < 8; i++) {
            pauses.add(pause);
            pause = Poll.nextPause(pause, Poll.LONGEST_PAUSE.toMillis());
        }
        assertEquals(List.of(20L, 30L, 45L, 67L, 100L, 150L, 200L, 200L), pauses);
    }

    @Test
    void aWaitOfAboutOneSecondAsksAboutTenTimesNotForty() {
        long readyAt = System.nanoTime() + Duration.ofMillis(1000).toNanos();
        AtomicInteger asked = new AtomicInteger();

        String answer = Poll.until("a slow hop", Duration.ofSeconds(10), () -> {
            asked.incrementAndGet();
            return System.nanoTime() >= readyAt ? Optional.of("there") : Optional.empty();
        });

        assertEquals("there", answer);
        // 20+30+45+67+100+150+200+200+200 ms = 1,012 ms: 10 questions (fewer if the machine's sleeps overshoot); a
        // fixed 25 ms pause would ask about 40 times.
        assertTrue(asked.get() >= 2 && asked.get() <= 11, "asked " + asked.get() + " times");
    }

    @Test
    void itGivesUpAtTheDeadline() {
        IllegalStateException timedOut = assertThrows(IllegalStateException.class,
                () -> Poll.until("nothing", Duration.ofMillis(100), Optional::empty));
        assertEquals("Timed out after 0 s waiting for nothing", timedOut.getMessage());
    }
}
