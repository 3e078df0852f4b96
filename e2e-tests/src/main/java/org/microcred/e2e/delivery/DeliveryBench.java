package org.microcred.e2e.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.microcred.credentials.contexts.BundledContexts;
import org.microcred.credentials.testing.Ed25519Signature2020Context;
import org.microcred.credentials.testing.TestPresentations.Suite;
import org.microcred.e2e.CommandLineOptions;
import org.microcred.e2e.Endpoints;
import org.microcred.e2e.Http;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.award.BenchAwards;
import org.microcred.e2e.award.BenchAwards.EarnerAward;
import org.microcred.e2e.award.ServiceProcesses;
import org.microcred.e2e.delivery.DeliveryRun.Outcome;

/**
 * The delivery benchmark (issue 16): credentials delivered per second through each wallet protocol, N deliveries
 * with C in flight, each a whole delivery as its client makes it, each to a new holder key.
 *
 * <pre>bin/delivery-bench --protocol all --deliveries 2000 --concurrency 32 --out target/delivery.json</pre>
 *
 * Setup, not timed: awards for the realm's earners ({@link BenchAwards}), the earners' and the VC-API client's tokens,
 * the issuers' metadata. Then per run ({@link Protocol}): {@code --warm-up} unmeasured deliveries, then the measured
 * ones, with the services' CPU-seconds (from /proc) and the load average around them. Failures are counted and
 * reported, never retried; the tool exits 1 when there was any.
 */
public final class DeliveryBench {

    private DeliveryBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = CommandLineOptions.parse(args);
        List<Protocol> runs = Protocol.named(options.getOrDefault("protocol", Protocol.ALL));
        int deliveries = Integer.parseInt(options.getOrDefault("deliveries", "2000"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "32"));
        int warmUp = Integer.parseInt(options.getOrDefault("warm-up", "200"));
        int perEarner = Integer.parseInt(options.getOrDefault("awards-per-earner", "25"));
        HolderKind holders = HolderKind.named(options.getOrDefault("holder-key", HolderKind.ED25519_DID_KEY.option()));
        Suite suite = suite(options.getOrDefault("suite", "ed25519-signature-2020"));
        String tenant = options.getOrDefault("vcapi-tenant", "northbridge");
        boolean qrCodes = yesOrNo(options.getOrDefault("qr-codes", "yes"), "--qr-codes");
        Path out = Path.of(options.getOrDefault("out", "delivery-bench-result.json"));
        Duration stall = Duration.ofSeconds(Long.parseLong(options.getOrDefault("stall-seconds", "120")));

        Endpoints endpoints = Endpoints.fromEnvironment();
        JourneyClient client = new JourneyClient(new Http(), endpoints, endpoints.tokens());
        List<EarnerAward> awards = runs.stream().allMatch(run -> run == Protocol.VCAPI_ISSUE) ? List.of()
                : BenchAwards.make(client, perEarner, "Delivery bench " + Long.toString(System.currentTimeMillis(), 36),
                        stall);
        awards.stream().map(EarnerAward::username).distinct().forEach(client::token);
        System.out.printf("%d awards in the wallet %s; runs %s, %d deliveries each (after %d to warm up), %d at a"
                + " time%n", awards.size(), BenchAwards.countByEarner(awards), runs, deliveries, warmUp, concurrency);

        ServiceProcesses services = ServiceProcesses.of(Path.of(System.getenv().getOrDefault("MICROCRED_STATE_DIR",
                "/var/tmp/microcred")));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("measuredAt", Instant.now().toString());
        result.put("options", options);
        result.put("deliveries", deliveries);
        result.put("concurrency", concurrency);
        result.put("warmUpDeliveries", warmUp);
        result.put("holderKey", holders.option());
        result.put("didAuthenticationSuite", suite.name());
        result.put("txCode", "OpenID4VCI: every other delivery (even numbers) with a tx_code, the others without");
        result.put("qrCodes", qrCodes);
        result.put("awards", BenchAwards.countByEarner(awards));
        result.put("processors", Runtime.getRuntime().availableProcessors());
        Map<String, Object> byRun = new LinkedHashMap<>();
        boolean failed = false;
        for (Protocol run : runs) {
            Delivery delivery = delivery(run, client, awards, holders, suite, tenant, qrCodes);
            List<Outcome> warm = DeliveryRun.run(delivery, 0, warmUp, concurrency);
            String loadBefore = loadAverage();
            Map<String, Double> cpuBefore = services.cpuSeconds();
            List<Outcome> outcomes = DeliveryRun.run(delivery, warmUp, deliveries, concurrency);
            Map<String, Double> cpuAfter = services.cpuSeconds();
            Map<String, Object> summary = new LinkedHashMap<>(new DeliveryStats(outcomes).summary());
            summary.put("warmUpErrors", warm.stream().filter(o -> !o.delivered()).count());
            summary.put("serviceCpuSeconds", difference(cpuBefore, cpuAfter));
            summary.put("loadAverageBefore", loadBefore);
            summary.put("loadAverageAfter", loadAverage());
            byRun.put(run.run(), summary);
            failed |= (Integer) summary.get("errors") > 0 || (Long) summary.get("warmUpErrors") > 0;
            System.out.printf("%s: %s delivered per second (middle 80%%: %s), %s errors%n", run.run(),
                    summary.get("deliveredPerSecond"), summary.get("middle80PerSecond"), summary.get("errors"));
        }
        result.put("runs", byRun);
        result.put("serviceMemoryAtEnd", services.memoryMegabytes());
        write(out, result);
        if (failed) {
            System.err.println("Some deliveries failed: see errorsByStepAndStatus in " + out);
            System.exit(1);
        }
    }

    private static Delivery delivery(Protocol run, JourneyClient client, List<EarnerAward> awards, HolderKind holders,
            Suite suite, String tenant, boolean qrCodes) {
        return switch (run) {
            case OPENID4VCI_LDP_VC -> Oid4vciDelivery.of(client, awards, Oid4vciDelivery.LDP_VC, holders, qrCodes);
            case OPENID4VCI_JWT_VC_JSON -> Oid4vciDelivery.of(client, awards, Oid4vciDelivery.JWT_VC_JSON, holders,
                    qrCodes);
            case VCAPI_EXCHANGE -> new ExchangeDelivery(client, awards, suite, qrCodes);
            case VCAPI_ISSUE -> new VcApiIssueDelivery(client, tenant);
        };
    }

    /** A yes/no option. */
    static boolean yesOrNo(String value, String option) {
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(option + " is yes or no, not '" + value + "'");
        };
    }

    /**
     * The DID authentication's suite. The Learner Credential Wallet's {@code Ed25519Signature2020} needs its context,
     * which this project does not ship: here and in the services from MICROCRED_JSONLD_CONTEXTS_DIR
     * ({@code bin/contexts}); without it, say so rather than measure another suite unannounced.
     */
    static Suite suite(String option) {
        return switch (option) {
            case "ed25519-signature-2020" -> {
                if (!BundledContexts.loader().knows(Ed25519Signature2020Context.URL)) {
                    throw new IllegalArgumentException("--suite ed25519-signature-2020 needs its context ("
                            + Ed25519Signature2020Context.URL + ") in MICROCRED_JSONLD_CONTEXTS_DIR (bin/contexts,"
                            + " after npm ci --prefix interop), here and for the services; or --suite eddsa-rdfc-2022");
                }
                yield Suite.ED25519_SIGNATURE_2020;
            }
            case "eddsa-rdfc-2022" -> Suite.EDDSA_RDFC_2022;
            default -> throw new IllegalArgumentException("Unknown --suite '" + option
                    + "': ed25519-signature-2020 or eddsa-rdfc-2022");
        };
    }

    private static String loadAverage() throws IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static Map<String, Double> difference(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, seconds) -> used.put(name,
                Math.round((seconds - before.getOrDefault(name, 0.0)) * 100) / 100.0));
        return used;
    }

    private static void write(Path out, Map<String, Object> result) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        json.writeValue(out.toFile(), result);
        System.out.println(json.writeValueAsString(result));
    }
}
