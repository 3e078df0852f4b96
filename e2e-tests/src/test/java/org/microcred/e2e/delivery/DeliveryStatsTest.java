package org.microcred.e2e.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.microcred.e2e.delivery.DeliveryRun.Outcome;

class DeliveryStatsTest {

    private static final long MS = 1_000_000;

    @Test
    void ratesComeFromTheFirstStartToTheLastEndAndTheMiddle80FromCompletionTimes() {
        // 100 deliveries starting 10 ms apart, each taking 100 ms: ends from 100 to 1,090 ms.
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            outcomes.add(delivered(10 * i, 100, Map.of("offer", 40L, "credential", 60L)));
        }

        Map<String, Object> summary = new DeliveryStats(outcomes).summary();

        assertEquals(100, summary.get("delivered"));
        assertEquals(0, summary.get("errors"));
        assertEquals(1.09, summary.get("runSeconds"));
        assertEquals(Math.round(100 / 1.09 * 100) / 100.0, summary.get("deliveredPerSecond"));
        // Completions 9 to 90 (810 ms apart): 81 intervals of 10 ms.
        assertEquals(100.0, summary.get("middle80PerSecond"));
    }

    @Test
    void theMiddle80LeavesOutASlowStartAndTail() {
        // 10 completions 100 ms apart, 80 completions 10 ms apart, 10 more 100 ms apart.
        List<Long> ends = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < 100; i++) {
            t += (i < 10 || i >= 90 ? 100 : 10) * MS;
            ends.add(t);
        }
        // From index 9 (900 ms) to index 90 (900 + 80 * 10 + 100 = 1,800 ms): 81 in 0.9 s.
        assertEquals(90.0, DeliveryStats.middle80(ends));
        assertNull(DeliveryStats.middle80(List.of(5L)));
    }

    @Test
    void latenciesAreNearestRankPercentilesOfDeliveriesAndStepsAndTheSlowestStepHasTheHighestMedian() {
        // Delivery i (1..100) takes 2i ms: its offer i ms, its credential 0.5i ms, its nonce 0.5i ms.
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            Map<String, Long> steps = new LinkedHashMap<>();
            steps.put("offer", i * MS);
            steps.put("nonce", i * MS / 2);
            steps.put("credential", i * MS / 2);
            outcomes.add(new Outcome(0, 2 * i * MS, steps, null));
        }

        Map<String, Object> summary = new DeliveryStats(outcomes).summary();

        Map<?, ?> latency = (Map<?, ?>) summary.get("latencyMillis");
        Map<?, ?> delivery = (Map<?, ?>) latency.get("delivery");
        assertEquals(100.0, delivery.get("p50"));
        assertEquals(190.0, delivery.get("p95"));
        assertEquals(198.0, delivery.get("p99"));
        assertEquals(200.0, delivery.get("max"));
        Map<?, ?> offer = (Map<?, ?>) ((Map<?, ?>) latency.get("steps")).get("offer");
        assertEquals(50.0, offer.get("p50"));
        assertEquals(100, offer.get("count"));
        assertEquals("offer", summary.get("slowestStep"));
    }

    @Test
    void failuresAreCountedByStepAndStatusKeepingAFewMessagesAndLeftOutOfTheLatencies() {
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(delivered(0, 10, Map.of("issue", 10L)));
        for (int i = 0; i < 5; i++) {
            outcomes.add(failed(0, 5000, new DeliveryFailure("issue", 503, "busy " + i)));
        }
        outcomes.add(failed(0, 1, DeliveryFailure.unusable("issue", "no proof")));

        Map<String, Object> summary = new DeliveryStats(outcomes).summary();

        assertEquals(7, summary.get("deliveries"));
        assertEquals(1, summary.get("delivered"));
        assertEquals(6, summary.get("errors"));
        Map<?, ?> errors = (Map<?, ?>) summary.get("errorsByStepAndStatus");
        Map<?, ?> busy = (Map<?, ?>) errors.get("issue 503");
        assertEquals(5, busy.get("count"));
        assertEquals(List.of("issue: HTTP 503: busy 0", "issue: HTTP 503: busy 1", "issue: HTTP 503: busy 2"),
                busy.get("examples"));
        assertEquals(1, ((Map<?, ?>) errors.get("issue -1")).get("count"));
        Map<?, ?> latency = (Map<?, ?>) ((Map<?, ?>) summary.get("latencyMillis")).get("delivery");
        assertEquals(10.0, latency.get("max"));
        // The failed deliveries still count in the run's length: 5 s.
        assertEquals(0.2, summary.get("deliveredPerSecond"));
    }

    private static Outcome delivered(long startMillis, long millis, Map<String, Long> stepMillis) {
        Map<String, Long> steps = new LinkedHashMap<>();
        stepMillis.forEach((step, ms) -> steps.put(step, ms * MS));
        return new Outcome(startMillis * MS, (startMillis + millis) * MS, steps, null);
    }

    private static Outcome failed(long startMillis, long millis, DeliveryFailure failure) {
        return new Outcome(startMillis * MS, (startMillis + millis) * MS, Map.of(), failure);
    }
}
