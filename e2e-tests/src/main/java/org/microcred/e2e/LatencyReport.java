package org.microcred.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies per stage and end to end, summarised as count, p50, p95, p99 and max in milliseconds. */
public final class LatencyReport {

    private final Map<String, List<Long>> nanosByStage = new LinkedHashMap<>();

    public synchronized void add(JourneyWalk.Result journey) {
        journey.stageNanos().forEach((stage, nanos) -> nanosByStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(nanos));
        nanosByStage.computeIfAbsent("end-to-end", s -> new ArrayList<>()).add(journey.totalNanos());
    }

    public synchronized Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
        nanosByStage.forEach((stage, samples) -> {
            List<Long> sorted = new ArrayList<>(samples);
            Collections.sort(sorted);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("count", sorted.size());
            row.put("p50", millis(percentile(sorted, 50)));
            row.put("p95", millis(percentile(sorted, 95)));
            row.put("p99", millis(percentile(sorted, 99)));
            row.put("max", millis(sorted.get(sorted.size() - 1)));
            summary.put(stage, row);
        });
        return summary;
    }

    /** Nearest-rank percentile of sorted samples. */
    public static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
