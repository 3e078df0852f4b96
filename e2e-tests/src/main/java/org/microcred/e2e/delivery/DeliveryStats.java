package org.microcred.e2e.delivery;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microcred.e2e.LatencyReport;
import org.microcred.e2e.delivery.DeliveryRun.Outcome;

/**
 * The figures of one run: deliveries per second over the whole run (first start to last end) and over its middle
 * 80% (between the 10th and the 90th percentile of the completion times, leaving out the ramp-up and the tail); the
 * latency of a whole delivery and of each step (nearest-rank p50/p95/p99 and max, successful deliveries only), the
 * slowest step (the highest p50); and the failures by step and status, with the first message of each kind.
 */
final class DeliveryStats {

    /** How many failure messages of one kind the report keeps. */
    static final int EXAMPLES_PER_KIND = 3;

    private final List<Outcome> outcomes;

    DeliveryStats(List<Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    Map<String, Object> summary() {
        List<Outcome> delivered = outcomes.stream().filter(Outcome::delivered).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("deliveries", outcomes.size());
        result.put("delivered", delivered.size());
        result.put("errors", outcomes.size() - delivered.size());
        if (outcomes.isEmpty()) {
            return result;
        }
        long first = outcomes.stream().mapToLong(Outcome::startNanos).min().orElseThrow();
        long last = outcomes.stream().mapToLong(Outcome::endNanos).max().orElseThrow();
        result.put("runSeconds", round2((last - first) / 1e9));
        result.put("deliveredPerSecond", perSecond(delivered.size(), last - first));
        List<Long> ends = new ArrayList<>(delivered.stream().map(Outcome::endNanos).toList());
        Collections.sort(ends);
        result.put("middle80PerSecond", middle80(ends));
        if (!delivered.isEmpty()) {
            Map<String, Object> latency = new LinkedHashMap<>();
            latency.put("delivery", percentiles(delivered.stream().map(Outcome::nanos).toList()));
            Map<String, Map<String, Object>> steps = steps(delivered);
            latency.put("steps", steps);
            result.put("latencyMillis", latency);
            result.put("slowestStep", slowest(steps));
        }
        result.put("errorsByStepAndStatus", failures());
        return result;
    }

    /** Completions per second between the 10th and the 90th percentile of the sorted completion times. */
    static Double middle80(List<Long> sortedEnds) {
        if (sortedEnds.size() < 2) {
            return null;
        }
        int from = (int) Math.floor(0.1 * (sortedEnds.size() - 1));
        int to = (int) Math.ceil(0.9 * (sortedEnds.size() - 1));
        return to > from ? perSecond(to - from, sortedEnds.get(to) - sortedEnds.get(from)) : null;
    }

    private static Map<String, Map<String, Object>> steps(List<Outcome> delivered) {
        Map<String, List<Long>> byStep = new LinkedHashMap<>();
        for (Outcome outcome : delivered) {
            outcome.stepNanos().forEach((step, nanos) -> byStep.computeIfAbsent(step, s -> new ArrayList<>())
                    .add(nanos));
        }
        Map<String, Map<String, Object>> steps = new LinkedHashMap<>();
        byStep.forEach((step, nanos) -> steps.put(step, percentiles(nanos)));
        return steps;
    }

    private static String slowest(Map<String, Map<String, Object>> steps) {
        String slowest = null;
        double highest = -1;
        for (Map.Entry<String, Map<String, Object>> step : steps.entrySet()) {
            double p50 = (Double) step.getValue().get("p50");
            if (p50 > highest) {
                highest = p50;
                slowest = step.getKey();
            }
        }
        return slowest;
    }

    private Map<String, Object> failures() {
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            if (outcome.failure() == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> kind = (Map<String, Object>) byKind.computeIfAbsent(outcome.failure().kind(),
                    k -> new LinkedHashMap<>(Map.of("count", 0, "examples", new ArrayList<String>())));
            kind.put("count", (Integer) kind.get("count") + 1);
            @SuppressWarnings("unchecked")
            List<String> examples = (List<String>) kind.get("examples");
            if (examples.size() < EXAMPLES_PER_KIND) {
                examples.add(outcome.failure().getMessage());
            }
        }
        return byKind;
    }

    static Map<String, Object> percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("count", sorted.size());
        for (int p : new int[] {50, 95, 99}) {
            row.put("p" + p, millis(LatencyReport.percentile(sorted, p)));
        }
        row.put("max", millis(sorted.get(sorted.size() - 1)));
        return row;
    }

    private static Double perSecond(int count, long nanos) {
        return nanos <= 0 ? null : round2(count * 1e9 / nanos);
    }

    private static double millis(long nanos) {
        return round2(nanos / 1e6);
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
