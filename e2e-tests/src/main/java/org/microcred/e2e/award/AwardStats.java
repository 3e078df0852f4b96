package org.microcred.e2e.award;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.e2e.award.AwardPublisher.Published;
import org.microcred.e2e.award.WalletProbe.Arrival;

/**
 * The figures of one run from what the tool published and what the wallet stored: credentials in the wallet per
 * second over the whole run and over its middle 80%, and latencies from award published to credential issued and
 * stored. Publish times are the tool's clock, issued and stored times the services' clocks: the same machine.
 */
final class AwardStats {

    private final List<Published> published;
    private final Map<UUID, Arrival> arrivals;

    AwardStats(List<Published> published, Map<UUID, Arrival> arrivals) {
        this.published = published;
        this.arrivals = arrivals;
    }

    Map<String, Object> summary() {
        List<Instant> stored = new ArrayList<>();
        List<Long> toWallet = new ArrayList<>();
        List<Long> toIssued = new ArrayList<>();
        List<Long> issuedToWallet = new ArrayList<>();
        for (Published award : published) {
            Arrival arrival = arrivals.get(award.assessmentId());
            if (arrival != null) {
                stored.add(arrival.storedAt());
                toWallet.add(micros(award.at(), arrival.storedAt()));
                toIssued.add(micros(award.at(), arrival.issuedAt()));
                issuedToWallet.add(micros(arrival.issuedAt(), arrival.storedAt()));
            }
        }
        Collections.sort(stored);
        Instant firstPublish = published.get(0).at();
        Instant lastPublish = published.get(published.size() - 1).at();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("inWallet", stored.size());
        result.put("missing", published.size() - stored.size());
        result.put("publishSeconds", seconds(firstPublish, lastPublish));
        result.put("publishedPerSecond", perSecond(published.size() - 1, firstPublish, lastPublish));
        if (stored.isEmpty()) {
            return result;
        }
        Instant lastStored = stored.get(stored.size() - 1);
        result.put("firstPublishToLastInWalletSeconds", seconds(firstPublish, lastStored));
        result.put("inWalletPerSecond", perSecond(stored.size(), firstPublish, lastStored));
        result.put("sustainedMiddle80PerSecond", middle80(stored));
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("awardToWallet", percentiles(toWallet));
        latency.put("awardToIssued", percentiles(toIssued));
        latency.put("issuedToWallet", percentiles(issuedToWallet));
        result.put("latencyMillis", latency);
        return result;
    }

    /** Arrivals per second between the 10th and the 90th percentile of the arrival times. */
    private static Object middle80(List<Instant> sortedStored) {
        int from = (int) Math.floor(0.1 * (sortedStored.size() - 1));
        int to = (int) Math.ceil(0.9 * (sortedStored.size() - 1));
        return to > from ? perSecond(to - from, sortedStored.get(from), sortedStored.get(to)) : null;
    }

    private static Map<String, Object> percentiles(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("count", sorted.size());
        for (int p : new int[] {50, 95, 99}) {
            row.put("p" + p, millis(percentile(sorted, p)));
        }
        row.put("max", millis(sorted.get(sorted.size() - 1)));
        return row;
    }

    /** Nearest-rank percentile of sorted samples. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static long micros(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.toSeconds() * 1_000_000 + d.toNanosPart() / 1_000;
    }

    private static double millis(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    private static double seconds(Instant from, Instant to) {
        return Math.round(micros(from, to) / 10_000.0) / 100.0;
    }

    private static Object perSecond(int count, Instant from, Instant to) {
        long micros = micros(from, to);
        return micros <= 0 ? null : Math.round(count * 1e8 / micros) / 100.0;
    }
}
