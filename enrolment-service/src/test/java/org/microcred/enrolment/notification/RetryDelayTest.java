package org.microcred.enrolment.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryDelayTest {

    private final RetryDelay delay = new RetryDelay(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Test
    void theDelayDoublesFromTheFirstUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(2), delay.after(1));
        assertEquals(Duration.ofSeconds(4), delay.after(2));
        assertEquals(Duration.ofSeconds(8), delay.after(3));
        assertEquals(Duration.ofSeconds(256), delay.after(8));
        assertEquals(Duration.ofSeconds(512), delay.after(9));
        assertEquals(Duration.ofMinutes(10), delay.after(10));
    }

    @Test
    void thereIsNoLastAttemptAndNoOverflow() {
        assertEquals(Duration.ofMinutes(10), delay.after(1_000));
        assertEquals(Duration.ofMinutes(10), delay.after(Integer.MAX_VALUE));
    }

    @Test
    void aMaximumBelowTheFirstDelayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryDelay(Duration.ofSeconds(5), Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetryDelay(Duration.ZERO, Duration.ofSeconds(1)));
    }
}
