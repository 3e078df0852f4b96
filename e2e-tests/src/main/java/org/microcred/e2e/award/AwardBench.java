package org.microcred.e2e.award;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.e2e.CommandLineOptions;
import org.microcred.e2e.Endpoints;
import org.microcred.e2e.Http;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.award.AwardPublisher.Published;

/**
 * The award benchmark (issue 11): credentials issued and in the wallet per second, and the latency from an award
 * to its credential in the wallet, without the rest of the journey. It publishes N AWARD decisions straight to
 * {@code assessment.events.v1}, as assessment-service would, for the realm's earners, as fast as it can
 * ({@code --rate 0}) or at a fixed rate per second, waits until the wallet holds them all, and writes the figures,
 * with the services' CPU time over the run and their resident memory at the end, to a JSON file.
 *
 * <pre>bin/award-bench --awards 10000 --rate 0 --out target/award-bench.json</pre>
 *
 * It first publishes one micro-credential per institution through the API and sends one unmeasured award per
 * institution, whose arrival in the wallet shows issuance has the micro-credential from the catalogue topic (an award
 * arriving before it would wait, parked, and distort the latencies) and warms the path.
 */
public final class AwardBench {

    /** Per institution: its issuer-admin, an assessor, and its earners (those the load driver uses). */
    private static final String[][] TENANTS = {
        {"nb-admin", "nb-assessor", "nb-earner", "nb-earner2"},
        {"sp-admin", "sp-assessor", "sp-earner", "sp-earner2"}};

    private AwardBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CommandLineOptions.parse(args);
        int awards = Integer.parseInt(options.getOrDefault("awards", "1000"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
        Path out = Path.of(options.getOrDefault("out", "award-bench-result.json"));
        Duration stall = Duration.ofSeconds(Long.parseLong(options.getOrDefault("stall-seconds", "120")));
        Map<String, String> env = System.getenv();

        Endpoints endpoints = Endpoints.fromEnvironment();
        JourneyClient client = new JourneyClient(new Http(), endpoints, endpoints.tokens());
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Institution> institutions = new ArrayList<>();
        for (String[] people : TENANTS) {
            institutions.add(Institution.publish(client, people, "Award bench " + run));
        }
        List<UUID> achievementIds = institutions.stream().map(Institution::achievementId).toList();

        try (AwardPublisher publisher = new AwardPublisher(); WalletProbe wallet = new WalletProbe(env)) {
            for (Institution institution : institutions) {
                institution.award(publisher, 0);
            }
            publisher.flush();
            if (!WalletWait.until(wallet, achievementIds, institutions.size(), stall)) {
                throw new IllegalStateException("The warm-up awards did not reach the wallet: are issuance-service and"
                        + " wallet-service running (bin/services status), and is nothing parked or dead-lettered?");
            }
            System.out.printf("Issuance knows both micro-credentials (%s); publishing %d awards %s%n",
                    achievementIds, awards, rate > 0 ? "at " + rate + " per second" : "as fast as possible");

            ServiceProcesses services = ServiceProcesses.of(Path.of(env.getOrDefault("MICROCRED_STATE_DIR",
                    "/var/tmp/microcred")));
            Map<String, Double> cpuBefore = services.cpuSeconds();
            List<Published> published = new ArrayList<>(awards);
            long start = System.nanoTime();
            for (int i = 0; i < awards; i++) {
                if (rate > 0) {
                    AwardPublisher.awaitNanos(start + (long) (i * 1e9 / rate));
                }
                // Institutions alternate, and within one its earners.
                published.add(institutions.get(i % institutions.size()).award(publisher, i / institutions.size()));
            }
            publisher.flush();
            boolean complete = WalletWait.until(wallet, achievementIds, institutions.size() + awards, stall);
            Map<String, Double> cpuAfter = services.cpuSeconds();

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("measuredAt", Instant.now().toString());
            result.put("awards", awards);
            result.put("rate", rate > 0 ? rate : "as fast as possible");
            result.putAll(new AwardStats(published, wallet.arrivals(achievementIds)).summary());
            result.put("serviceCpuSecondsDuringRun", difference(cpuBefore, cpuAfter));
            result.put("serviceMemoryAtEnd", services.memoryMegabytes());
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            json.writeValue(out.toFile(), result);
            System.out.println(json.writeValueAsString(result));
            if (!complete) {
                System.err.println("Not every award reached the wallet: see 'missing'");
                System.exit(1);
            }
        }
    }

    private static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name,
                Math.round((seconds - before.getOrDefault(name, 0.0)) * 100) / 100.0));
        return used;
    }
}
