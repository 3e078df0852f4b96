package org.microcred.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Drives N whole journeys, C at a time, against the running system, and writes throughput and
 * p50/p95/p99 latency per stage and end to end to a JSON file.
 *
 * <pre>bin/load --journeys 200 --concurrency 16 --out target/load.json</pre>
 *
 * Journeys alternate between the two institutions and their two earners; each (earner,
 * micro-credential) pair is used once, so the driver publishes the micro-credentials it needs first
 * (not measured).
 */
public final class LoadDriver {

    private static final String[][] PEOPLE = {
        {"nb-earner", "nb-assessor", "nb-admin"}, {"sp-earner", "sp-assessor", "sp-admin"},
        {"nb-earner2", "nb-assessor", "nb-admin"}, {"sp-earner2", "sp-assessor", "sp-admin"}};

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CommandLineOptions.parse(args);
        int journeys = Integer.parseInt(options.getOrDefault("journeys", "100"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "8"));
        Path out = Path.of(options.getOrDefault("out", "load-result.json"));

        Http http = new Http();
        Endpoints endpoints = Endpoints.fromEnvironment();
        JourneyClient client = new JourneyClient(http, endpoints, endpoints.tokens());
        String run = Long.toString(System.currentTimeMillis(), 36);
        int perPerson = (journeys + PEOPLE.length - 1) / PEOPLE.length;
        List<List<String>> achievements = new ArrayList<>();
        for (int tenant = 0; tenant < 2; tenant++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < perPerson; i++) {
                ids.add(client.publishAchievement(PEOPLE[tenant][2], "Load " + run + " #" + i));
            }
            achievements.add(ids);
        }
        System.out.printf("Published %d micro-credentials; driving %d journeys, %d at a time%n",
                2 * perPerson, journeys, concurrency);

        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<JourneyWalk.Result>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < journeys; i++) {
            String[] who = PEOPLE[i % PEOPLE.length];
            String achievement = achievements.get(i % 2).get(i / PEOPLE.length);
            futures.add(pool.submit(() -> new JourneyWalk(client, (s, n, d) -> { }).walk(who[0], who[1], achievement)));
        }
        LatencyReport report = new LatencyReport();
        int failures = 0;
        for (Future<JourneyWalk.Result> future : futures) {
            try {
                report.add(future.get());
            } catch (Exception e) {
                failures++;
                System.err.println("Journey failed: " + e.getMessage());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measuredAt", Instant.now().toString());
        result.put("journeys", journeys);
        result.put("concurrency", concurrency);
        result.put("completed", journeys - failures);
        result.put("failed", failures);
        result.put("wallSeconds", Math.round(seconds * 100) / 100.0);
        result.put("journeysPerSecond", Math.round((journeys - failures) / seconds * 100) / 100.0);
        result.put("latencyMillis", report.summary());
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        if (failures > 0) {
            System.exit(1);
        }
    }
}
