package org.microcred.e2e.award;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.e2e.award.AwardPublisher.Published;
import org.microcred.e2e.award.WalletProbe.Arrival;

class AwardStatsTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void ratesAndLatenciesComeFromPublishAndStoredTimes() {
        // 100 awards published 10 ms apart; award i issued 100 ms and stored (100 + i) ms after its publish.
        List<Published> published = new ArrayList<>();
        Map<UUID, Arrival> arrivals = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            Instant at = T0.plusMillis(10L * i);
            Published award = new Published(UUID.randomUUID(), at);
            published.add(award);
            arrivals.put(award.assessmentId(), new Arrival(at.plusMillis(100), at.plusMillis(100 + i)));
        }

        Map<String, Object> summary = new AwardStats(published, arrivals).summary();

        assertEquals(100, summary.get("inWallet"));
        assertEquals(0, summary.get("missing"));
        // Last stored: 990 + 100 + 99 ms after the first publish.
        assertEquals(1.19, summary.get("firstPublishToLastInWalletSeconds"));
        assertEquals(Math.round(100 / 1.189 * 100) / 100.0, summary.get("inWalletPerSecond"));
        Map<?, ?> latency = (Map<?, ?>) summary.get("latencyMillis");
        Map<?, ?> toWallet = (Map<?, ?>) latency.get("awardToWallet");
        assertEquals(149.0, toWallet.get("p50"));
        assertEquals(198.0, toWallet.get("p99"));
        assertEquals(199.0, toWallet.get("max"));
        assertEquals(100.0, ((Map<?, ?>) latency.get("awardToIssued")).get("p95"));
    }

    @Test
    void theSustainedRateLeavesOutTheSlowStartAndEnd() {
        // 100 awards: the first 10 and the last 10 reach the wallet 100 ms apart, the middle 80 10 ms apart.
        List<Published> published = new ArrayList<>();
        Map<UUID, Arrival> arrivals = new HashMap<>();
        long storedMillis = 0;
        for (int i = 0; i < 100; i++) {
            storedMillis += i == 0 ? 0 : (i <= 10 || i >= 90 ? 100 : 10);
            Published award = new Published(UUID.randomUUID(), T0.plusMillis(i));
            published.add(award);
            Instant stored = T0.plusMillis(storedMillis);
            arrivals.put(award.assessmentId(), new Arrival(stored, stored));
        }

        Map<String, Object> summary = new AwardStats(published, arrivals).summary();

        // From arrival 9 (900 ms) to arrival 90 (1,000 + 79 * 10 + 100 ms = 1,890 ms): 81 arrivals in 0.99 s.
        assertEquals(Math.round(81 / 0.99 * 100) / 100.0, summary.get("sustainedMiddle80PerSecond"));
        // The whole run: 100 arrivals in 2.79 s.
        assertEquals(Math.round(100 / 2.79 * 100) / 100.0, summary.get("inWalletPerSecond"));
    }

    @Test
    void anAwardMissingFromTheWalletIsCountedNotMeasured() {
        Published stored = new Published(UUID.randomUUID(), T0);
        Published lost = new Published(UUID.randomUUID(), T0.plusMillis(5));
        Map<String, Object> summary = new AwardStats(List.of(stored, lost),
                Map.of(stored.assessmentId(), new Arrival(T0.plusMillis(20), T0.plusMillis(30)))).summary();

        assertEquals(1, summary.get("inWallet"));
        assertEquals(1, summary.get("missing"));
        assertEquals(1, ((Map<?, ?>) ((Map<?, ?>) summary.get("latencyMillis")).get("awardToWallet")).get("count"));
    }
}
