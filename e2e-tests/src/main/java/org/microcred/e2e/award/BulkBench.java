package org.microcred.e2e.award;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.microcred.e2e.CommandLineOptions;
import org.microcred.e2e.Endpoints;
import org.microcred.e2e.Http;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.WebhookReceiver;

/**
 * The load of a term's end (issue 13, point 6): one bulk job of N award requests, end to end. As the institution's
 * issuer-admin it publishes a {@code progress} micro-credential and subscribes its own endpoint (a receiver this tool
 * runs) to {@code credential.issued}; it then submits N rows for N learners without an account (so every credential
 * waits to be claimed), and measures, from the submission: the answer (every row validated), the job COMPLETED (every
 * row applied), every credential signed and in the wallet, and every outbound webhook delivered; with the services'
 * CPU time over the run and their resident memory at the end, written to a JSON file.
 *
 * <pre>bin/bulk-bench --rows 10000 --out target/bulk-bench.json</pre>
 *
 * The services must let the receiver on loopback be reached over http: {@code bin/bulk-bench} starts them so.
 */
public final class BulkBench {

    private BulkBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CommandLineOptions.parse(args);
        int rows = Integer.parseInt(options.getOrDefault("rows", "10000"));
        Path out = Path.of(options.getOrDefault("out", "bulk-bench-result.json"));
        Duration stall = Duration.ofSeconds(Long.parseLong(options.getOrDefault("stall-seconds", "180")));
        Map<String, String> env = System.getenv();
        Endpoints endpoints = Endpoints.fromEnvironment();
        JourneyClient client = new JourneyClient(new Http(), endpoints, endpoints.tokens());
        String run = Long.toString(System.currentTimeMillis(), 36);

        String achievementId = client.publishAchievement("nb-admin", progressDefinition("Bulk bench " + run));
        try (WebhookReceiver institution = new WebhookReceiver(); WalletProbe wallet = new WalletProbe(env)) {
            String endpointId = subscribe(client, institution);
            ServiceProcesses services = ServiceProcesses.of(Path.of(env.getOrDefault("MICROCRED_STATE_DIR",
                    "/var/tmp/microcred")));
            Map<String, Double> cpuBefore = services.cpuSeconds();
            List<UUID> ids = List.of(UUID.fromString(achievementId));

            long start = System.nanoTime();
            JsonNode job = client.http().post(endpoints.enrolment() + "/api/v1/award-jobs", client.token("nb-admin"),
                    Map.of("rows", rows(achievementId, rows, run))).expect(202).json();
            long accepted = System.nanoTime();
            String statusUrl = endpoints.enrolment() + "/api/v1/award-jobs/" + job.path("id").asText();
            System.out.printf("Job %s accepted in %d ms: %s%n", job.path("id").asText(), millis(start, accepted),
                    job.path("counts"));

            Map<String, Long> reached = new LinkedHashMap<>();
            Map<String, LongSupplier> progress = new LinkedHashMap<>();
            progress.put("jobCompleted", () -> "COMPLETED".equals(client.http().get(statusUrl, client.token("nb-admin"))
                    .expect(200).json().path("status").asText()) ? rows : 0);
            progress.put("credentialsInWallet", () -> count(wallet, ids));
            progress.put("webhooksDelivered", () -> institution.count("credential.issued"));
            boolean complete = awaitAll(progress, rows, start, stall, reached);
            Map<String, Double> cpuAfter = services.cpuSeconds();

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("measuredAt", Instant.now().toString());
            result.put("rows", rows);
            result.put("acceptedMs", millis(start, accepted));
            reached.forEach((what, at) -> result.put(what + "Ms", at));
            long end = reached.values().stream().mapToLong(Long::longValue).max().orElse(0);
            result.put("rowsPerSecondEndToEnd", end == 0 ? 0 : Math.round(rows * 1000.0 / end * 10) / 10.0);
            result.put("serviceCpuSecondsDuringRun", difference(cpuBefore, cpuAfter));
            result.put("serviceMemoryAtEnd", services.memoryMegabytes());
            result.put("job", client.http().get(statusUrl, client.token("nb-admin")).expect(200).json().path("counts"));
            result.put("webhooksUnsigned", institution.deliveries().stream().filter(d -> !d.signed()).count());
            client.http().delete(endpoints.enrolment() + "/api/v1/webhook-endpoints/" + endpointId,
                    client.token("nb-admin"));
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            json.writeValue(out.toFile(), result);
            System.out.println(json.writeValueAsString(result));
            if (!complete) {
                System.err.println("Not everything arrived: see the counts above");
                System.exit(1);
            }
        }
    }

    /** A progress micro-credential: earned in the LMS, no evidence prompts, no rubric. */
    private static Map<String, Object> progressDefinition(String name) {
        Map<String, Object> definition = new HashMap<>(JourneyClient.standardDefinition(name));
        definition.remove("rubric");
        definition.put("evidencePrompts", List.of());
        definition.put("benchmarkKind", "progress");
        definition.put("progressRule", Map.of("activityId", "course-final", "measure", "completion"));
        return definition;
    }

    private static String subscribe(JourneyClient client, WebhookReceiver institution) {
        JsonNode endpoint = client.http().post(client.endpoints().enrolment() + "/api/v1/webhook-endpoints",
                client.token("nb-admin"), Map.of("url", institution.url(), "description", "Bulk bench receiver",
                        "eventTypes", List.of("credential.issued"))).expect(201).json();
        institution.secret(endpoint.path("secret").asText());
        return endpoint.path("id").asText();
    }

    /** One row per learner, each without an account here: the credential waits to be claimed. */
    private static List<Map<String, Object>> rows(String achievementId, int rows, String run) {
        List<Map<String, Object>> list = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            list.add(Map.of("achievementId", achievementId, "score", 80 + i % 20,
                    "learner", Map.of("email", "bench-" + run + "-" + i + "@learners.example.org",
                            "studentId", "B" + run + i, "name", "Bench Learner " + i)));
        }
        return list;
    }

    /**
     * Polls each measure until it reaches {@code target}, recording when (ms from {@code start}); gives up when none
     * moved for {@code stall}.
     */
    private static boolean awaitAll(Map<String, LongSupplier> progress, int target, long start, Duration stall,
            Map<String, Long> reached) throws InterruptedException {
        Map<String, Long> last = new HashMap<>();
        long lastMove = System.nanoTime();
        while (reached.size() < progress.size()) {
            for (Map.Entry<String, LongSupplier> measure : progress.entrySet()) {
                if (reached.containsKey(measure.getKey())) {
                    continue;
                }
                long now = measure.getValue().getAsLong();
                if (now >= target) {
                    reached.put(measure.getKey(), millis(start, System.nanoTime()));
                    System.out.printf("%s: %d at %d ms%n", measure.getKey(), now, reached.get(measure.getKey()));
                }
                if (!Long.valueOf(now).equals(last.put(measure.getKey(), now))) {
                    lastMove = System.nanoTime();
                }
            }
            if (System.nanoTime() - lastMove > stall.toNanos()) {
                System.err.println("Stalled: " + last);
                return false;
            }
            Thread.sleep(500);
        }
        return true;
    }

    private static long count(WalletProbe wallet, List<UUID> ids) {
        try {
            return wallet.count(ids);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name,
                Math.round((seconds - before.getOrDefault(name, 0.0)) * 100) / 100.0));
        return used;
    }
}
