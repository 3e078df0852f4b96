package org.microcred.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five packaged services, started once per test run as separate processes against the real
 * PostgreSQL, Kafka and Keycloak of bin/infra. Each run gets empty {@code <service>_e2e} databases
 * and its own topic prefix, so it reads no event of an earlier run, a demo or the service tests.
 */
public final class RunningSystem {

    static final String[] SERVICES = {"enrolment", "submission", "assessment", "issuance", "wallet"};
    /**
     * The first service's port (the others follow it); {@code -De2e.base-port} moves them, so that a second run on the
     * same machine, on servers of its own (bin/infra with another MICROCRED_STATE_DIR and ports), does not collide.
     */
    private static final int BASE_PORT = Integer.getInteger("e2e.base-port", 18081);
    /** Instance k of a service listens on its first instance's port + 100 * (k - 1), as bin/services does. */
    static final int SECOND_INSTANCE_OFFSET = 100;
    private static RunningSystem instance;

    final String topicPrefix = "e2e-" + Long.toString(System.currentTimeMillis(), 36) + ".";
    final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    final Map<String, String> env = System.getenv();
    final JourneyClient client;
    /** Where submission-service keeps evidence files in this run. */
    final Path storageDir;
    /** The services' Kafka ACLs for this run's topic prefix (each service logs in as its own user). */
    final KafkaAcls kafkaAcls;
    /**
     * The spans the services export, every one sampled (TraceIT follows a journey's trace through them). On for every
     * IT, not only TraceIT's: the services start once per run, for whichever IT comes first.
     */
    final OtlpReceiver spans = OtlpReceiver.start();
    /** Instances beyond the first ({@link #startSecondInstances}), stopped with the others at exit. */
    final Map<String, ServiceProcess> secondInstances = new LinkedHashMap<>();
    private final Path repo;
    private final Path logs;

    /** The running system, started on first use and stopped when the test JVM exits. */
    public static synchronized RunningSystem get() {
        if (instance == null) {
            instance = new RunningSystem();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll));
            instance.startAll();
        }
        return instance;
    }

    /** The journey client of the running system, for tests in other packages. */
    public JourneyClient client() {
        return client;
    }

    private RunningSystem() {
        Path repo = Path.of(System.getProperty("microcred.repo", "..")).toAbsolutePath().normalize();
        Path logs = repo.resolve("e2e-tests/target/e2e-logs");
        try {
            Files.createDirectories(logs);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        storageDir = repo.resolve("e2e-tests/target/e2e-files");
        kafkaAcls = new KafkaAcls(repo, env);
        Map<String, String> ports = new HashMap<>(env);
        for (int i = 0; i < SERVICES.length; i++) {
            String name = SERVICES[i];
            int port = BASE_PORT + i;
            ports.put("MICROCRED_" + name.toUpperCase() + "_PORT", String.valueOf(port));
            services.put(name, new ServiceProcess(name, 1, port, repo, logs, serviceEnv(name, port)));
        }
        this.repo = repo;
        this.logs = logs;
        Http http = new Http();
        Endpoints endpoints = Endpoints.withPorts(ports, BASE_PORT, BASE_PORT + 1, BASE_PORT + 2, BASE_PORT + 3,
                BASE_PORT + 4);
        client = new JourneyClient(http, endpoints, endpoints.tokens());
    }

    /** What a service's instance is started with; {@code port} is where this instance listens. */
    private Map<String, String> serviceEnv(String name, int port) {
        Map<String, String> serviceEnv = new HashMap<>();
        serviceEnv.put("MICROCRED_" + name.toUpperCase() + "_PORT", String.valueOf(port));
        serviceEnv.put("MICROCRED_DB_NAME", name + "_e2e");
        serviceEnv.put("MICROCRED_KAFKA_TOPIC_PREFIX", topicPrefix);
        // Public links (issuer profiles, keys, status lists, share links) name the first instance, whichever instance
        // writes them: they must stay valid whichever instance answers, as behind one host name in production.
        serviceEnv.put("MICROCRED_PUBLIC_BASE_URL", "http://localhost:" + firstPort(name));
        // The wallet's verifier resolves issuer keys and status lists of this run's issuance-service.
        serviceEnv.put("MICROCRED_VERIFY_TRUSTED_ISSUERS", "http://localhost:" + (BASE_PORT + 3) + "/");
        // Outside institutions in the tests (OutsideIssuer) serve their status lists over http on this machine.
        serviceEnv.put("MICROCRED_VERIFY_PUBLIC_WEB_ALLOW_HTTP", "true");
        serviceEnv.put("MICROCRED_VERIFY_PUBLIC_WEB_ALLOW_PRIVATE_ADDRESSES", "true");
        // The wallet re-checks external credentials every few seconds (not every 10 min), so a revocation at their
        // outside issuer shows within a test (RecognitionIT).
        serviceEnv.put("MICROCRED_WALLET_EXTERNAL_RECHECK_INTERVAL", "2s");
        serviceEnv.put("MICROCRED_WALLET_EXTERNAL_RECHECK_AGE", "2s");
        // The wallet bakes badges on (and its pages show) the achievement images of this run's enrolment-service.
        serviceEnv.put("MICROCRED_BADGE_IMAGES_TRUSTED_PREFIX",
                "http://localhost:" + firstPort("enrolment") + "/api/v1/public/images/");
        // A verifier caches status lists for up to their max-age (60 s); the revocation test should not wait that long.
        serviceEnv.put("MICROCRED_VERIFY_MAX_CACHE_TTL", "2s");
        // Every request of a test run comes from one address: allow it more than a recognizer gets, and
        // more than the bad-input corpus sends to the public endpoints (BadInputCorpusIT: thousands a
        // minute, far more in its long form), so its inputs are judged rather than answered 429.
        serviceEnv.put("MICROCRED_PUBLIC_RATE_LIMIT_REQUESTS", "1000000");
        serviceEnv.put("MICROCRED_STORAGE_DIR", storageDir.toString());
        // An LMS report about a learner not enrolled is retried 5 times before it FAILS: 0.5 s doubling
        // (15.5 s in all) rather than the default 2 s (62 s), so the test that waits for it is shorter.
        serviceEnv.put("MICROCRED_LMS_INBOX_RETRY_DELAY", "500ms");
        // Notifications (enrolment-service; NotificationIT): this run's topics are new, so the notifications' consumer
        // group reads them from the start, not from the end as a first deployment does; the mails' links name this
        // run's wallet; a mail the SMTP server refused is tried again within seconds, not up to 10 minutes later.
        serviceEnv.put("MICROCRED_NOTIFICATION_OFFSET_RESET", "earliest");
        serviceEnv.put("MICROCRED_WALLET_PUBLIC_BASE_URL", "http://localhost:" + firstPort("wallet"));
        serviceEnv.put("MICROCRED_NOTIFICATION_MAX_RETRY_DELAY", "2s");
        // Outbound webhooks (enrolment-service): the tests' receivers listen on loopback over plain http, which only a
        // test may allow; this run's topics are new, so the outbound consumer group reads them from the start; a
        // failed attempt is tried again within seconds.
        serviceEnv.put("MICROCRED_OUTBOUND_ALLOW_HTTP", "true");
        serviceEnv.put("MICROCRED_OUTBOUND_ALLOW_PRIVATE_ADDRESSES", "true");
        serviceEnv.put("MICROCRED_OUTBOUND_OFFSET_RESET", "earliest");
        serviceEnv.put("MICROCRED_OUTBOUND_RETRY_DELAYS", "1s,2s,4s");
        serviceEnv.put("MICROCRED_OUTBOUND_SEND_INTERVAL", "1s");
        // 1EdTech platforms register with both institutions (OB3ApiIT); the wallet sends to other hosts on this
        // machine over plain http (send to my backpack between the two institutions).
        serviceEnv.put("MICROCRED_IMS_TENANTS", "northbridge,southport");
        // Every registration of a run comes from this one address (OB3ApiIT, the authorization matrix).
        serviceEnv.put("MICROCRED_WALLET_IMS_CLIENTS_REGISTRATIONS_PER_ADDRESS", "1000");
        serviceEnv.put("MICROCRED_WALLET_BACKPACK_ALLOW_HTTP", "true");
        serviceEnv.put("MICROCRED_WALLET_BACKPACK_ALLOW_PRIVATE_ADDRESSES", "true");
        serviceEnv.put("MICROCRED_OTEL_ENDPOINT", spans.endpoint());
        serviceEnv.put("MICROCRED_OTEL_PROTOCOL", "http/protobuf");
        serviceEnv.put("MICROCRED_OTEL_SAMPLE_RATIO", "1");
        return serviceEnv;
    }

    private static int firstPort(String name) {
        return BASE_PORT + java.util.Arrays.asList(SERVICES).indexOf(name);
    }

    ServiceProcess service(String name) {
        return services.get(name);
    }

    /**
     * Kills a service's first instance with SIGKILL, as a crash would, and starts it again with {@code extraEnv} added
     * to its environment; answers once it is ready. For tests in other packages (CrashRecoveryIT's way).
     */
    public void killAndRestart(String name, Map<String, String> extraEnv) {
        ServiceProcess process = services.get(name);
        process.kill();
        process.start(extraEnv);
    }

    /**
     * Starts a second instance of every service (the first's port + {@value #SECOND_INSTANCE_OFFSET}), on the same
     * databases, topic prefix and consumer groups as the first, and waits until all are ready; answers them by
     * service. Started together: they only join what the first instances have set up (migrations, topics).
     * {@code extraEnv} is added to each one's environment. Stopped with the others when the test JVM exits.
     */
    synchronized Map<String, ServiceProcess> startSecondInstances(Map<String, String> extraEnv) {
        if (secondInstances.isEmpty()) {
            for (String name : SERVICES) {
                int port = firstPort(name) + SECOND_INSTANCE_OFFSET;
                secondInstances.put(name, new ServiceProcess(name, 2, port, repo, logs, serviceEnv(name, port)));
            }
            secondInstances.values().parallelStream().forEach(second -> second.start(extraEnv));
        }
        return secondInstances;
    }

    /**
     * A connection to a service's e2e database, to look at what it committed, as that service's own database role
     * ({@code MICROCRED_<SERVICE>_DB_USER}, from bin/infra env; the shared role of a one-role deployment otherwise):
     * no other role may connect to it.
     */
    public Connection database(String service) throws SQLException {
        String base = env.getOrDefault("MICROCRED_DB_URL_BASE", "postgresql://127.0.0.1:55432");
        String prefix = "MICROCRED_" + service.toUpperCase(java.util.Locale.ROOT) + "_DB_";
        String user = env.getOrDefault(prefix + "USER", env.getOrDefault("MICROCRED_DB_USER", "microcred"));
        String password = env.containsKey(prefix + "PASSWORD") ? env.get(prefix + "PASSWORD")
                : Endpoints.required(env, "MICROCRED_DB_PASSWORD");
        return DriverManager.getConnection("jdbc:" + base + "/" + service + "_e2e", user, password);
    }

    private void startAll() {
        for (String name : SERVICES) {
            emptyDatabase(name);
        }
        // The table of deploy/infra/kafka/acls.txt for this run's prefix, before any service creates its topics.
        kafkaAcls.grant(topicPrefix);
        // Started one after another: two cores, and each start runs its migrations.
        services.values().forEach(service -> service.start(Map.of()));
    }

    private void emptyDatabase(String service) {
        try (Connection connection = database(service); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the database of " + service, e);
        }
    }

    /**
     * Asks every service to stop at once, then kills what is left after 10 s: the JVM's exit leaves
     * shutdown hooks little time, and a service left running would hold its port for the next run.
     */
    private void stopAll() {
        List<ServiceProcess> all = new ArrayList<>(services.values());
        all.addAll(secondInstances.values());
        all.forEach(ServiceProcess::terminate);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        all.forEach(service -> service.awaitExit(deadline));
    }
}
