package org.microcred.enrolment.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final List<Duration> DEFAULT = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(10));

    @Test
    void theDefaultRetriesForMoreThanADayThenGivesUp() {
        RetrySchedule schedule = new RetrySchedule(DEFAULT);
        assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.after(1));
        assertEquals(Optional.of(Duration.ofHours(10)), schedule.after(7));
        assertEquals(Optional.empty(), schedule.after(8));
        assertEquals(8, schedule.attempts());
        Duration total = DEFAULT.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(total.compareTo(Duration.ofHours(24)) > 0, total.toString());
    }
}
