package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Faults while journeys and awards flow: in turn the Kafka broker is killed and started again, PostgreSQL is killed
 * (immediate shutdown) and started again, Keycloak is stopped for a minute, and a service chosen at random is killed
 * with SIGKILL and started again. Journeys keep starting until the last fault has recovered; then the books are
 * checked: every journey ended with its credential in the wallet, one credential per enrolment in issuance-service
 * and in the wallet (none lost, none twice), no outbox row left unpublished, nothing on a dead-letter topic.
 *
 * <p>Short by default (CI: 4 faults, at least 24 journeys, Keycloak away 20 s). The long form is {@code bin/chaos} (for example 2,000
 * journeys and 20 faults); docs/reliability.md records one. Settings: {@code -Dchaos.journeys}, {@code
 * -Dchaos.faults}, {@code -Dchaos.concurrency}, {@code -Dchaos.keycloak-outage} and {@code -Dchaos.kafka-outage}
 * (seconds), {@code -Dchaos.seed}.
 */
class ChaosIT {

    private static final String[][] PEOPLE = {
        {"nb-admin", "nb-earner", "nb-assessor"}, {"sp-admin", "sp-earner", "sp-assessor"},
        {"nb-admin", "nb-earner2", "nb-assessor"}, {"sp-admin", "sp-earner2", "sp-assessor"}};
    private static final List<String> FAULTS = List.of("kill Kafka", "kill PostgreSQL", "stop Keycloak",
            "kill a service");

    private final int minJourneys = Integer.getInteger("chaos.journeys", 24);
    private final int faultCount = Integer.getInteger("chaos.faults", FAULTS.size());
    private final int concurrency = Integer.getInteger("chaos.concurrency", 4);
    private final Duration keycloakOutage = Duration.ofSeconds(Integer.getInteger("chaos.keycloak-outage", 20));
    private final Duration kafkaOutage = Duration.ofSeconds(Integer.getInteger("chaos.kafka-outage", 10));
    private final Random random = new Random(Long.getLong("chaos.seed", 20261204L));

    private final RunningSystem system = RunningSystem.get();
    private final InfraFaults infra = new InfraFaults(Path.of(System.getProperty("microcred.repo", ".."))
            .toAbsolutePath().normalize());
    private final AtomicReference<JourneyClient> client = new AtomicReference<>(system.client);
    private final List<String> faultLog = new ArrayList<>();
    private final Map<String, Object> identityChecks = new LinkedHashMap<>();

    @Test
    void journeysAndAwardsSurviveBrokerDatabaseIdentityAndServiceFaults() throws Exception {
        AtomicBoolean faultsOver = new AtomicBoolean();
        ExecutorService journeys = Executors.newFixedThreadPool(concurrency);
        List<Future<PatientJourney.Outcome>> outcomes = new ArrayList<>();
        Thread feeder = new Thread(() -> feed(journeys, outcomes, faultsOver), "chaos-feeder");
        feeder.start();

        int recovered = 0;
        for (int i = 0; i < faultCount; i++) {
            pause(Duration.ofSeconds(5)); // journeys flow between faults
            inject(FAULTS.get(i % FAULTS.size()));
            awaitServicesReady();
            recovered++;
        }
        faultsOver.set(true);
        feeder.join();
        journeys.shutdown();

        List<PatientJourney.Outcome> ended = new ArrayList<>();
        for (Future<PatientJourney.Outcome> outcome : outcomes) {
            ended.add(outcome.get());
        }
        List<String> enrolments = ended.stream().map(PatientJourney.Outcome::enrolmentId)
                .filter(id -> id != null).toList();
        ChaosBooks books = new ChaosBooks(system);
        Map<String, Integer> unpublished = awaitOutboxesDrained(books);
        Map<String, Integer> issued = books.credentialsPerEnrolment("issuance", "issued_credential", enrolments);
        Map<String, Integer> inWallets = books.credentialsPerEnrolment("wallet", "wallet_credential", enrolments);
        Map<String, Long> deadLetters = books.deadLetters();

        List<PatientJourney.Outcome> failed = ended.stream().filter(o -> !o.completed()).toList();
        long lost = enrolments.stream().filter(id -> inWallets.getOrDefault(id, 0) == 0
                || issued.getOrDefault(id, 0) == 0).count() + ended.stream().filter(o -> o.enrolmentId() == null).count();
        long duplicated = enrolments.stream().filter(id -> inWallets.getOrDefault(id, 0) > 1
                || issued.getOrDefault(id, 0) > 1).count();
        int retries = ended.stream().mapToInt(PatientJourney.Outcome::retries).sum();
        System.out.printf("%n[chaos] journeys %d, completed %d, failed %d, retried steps %d%n"
                + "[chaos] faults injected %d, recovered %d: %s%n[chaos] identity outage: %s%n"
                + "[chaos] lost = %d, duplicated = %d, unpublished outbox rows %s, dead letters %s%n",
                ended.size(), ended.size() - failed.size(), failed.size(), retries, faultCount, recovered, faultLog,
                identityChecks, lost, duplicated, unpublished, deadLetters);
        failed.stream().limit(10).forEach(o -> System.out.println("[chaos] failed: " + o));

        assertTrue(ended.size() >= minJourneys, "at least " + minJourneys + " journeys ran: " + ended.size());
        assertEquals(List.of(), failed, "every journey ends with its credential in the wallet");
        assertEquals(0, lost, "no credential lost; issued " + issued + ", in wallets " + inWallets);
        assertEquals(0, duplicated, "no credential twice; issued " + issued + ", in wallets " + inWallets);
        assertEquals(Map.of(), unpublished.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "every outbox row published");
        assertEquals(Map.of(), deadLetters, "nothing on a dead-letter topic");
        if (faultCount > FAULTS.indexOf("stop Keycloak")) {
            assertEquals(200, identityChecks.get("a token issued before the stop"), identityChecks.toString());
            assertTrue(String.valueOf(identityChecks.get("a new login")).contains("Keycloak unreachable"),
                    "a new login fails with a clear error: " + identityChecks);
        }
        assertEquals(faultCount, recovered);
    }

    /** Starts journeys, {@code concurrency} at a time, until the faults are over and at least the minimum ran. */
    private void feed(ExecutorService journeys, List<Future<PatientJourney.Outcome>> outcomes, AtomicBoolean over) {
        Semaphore slots = new Semaphore(concurrency);
        Duration patience = Duration.ofMinutes(Integer.getInteger("chaos.patience-minutes", 8));
        for (int i = 0; !over.get() || i < minJourneys; i++) {
            String[] who = PEOPLE[i % PEOPLE.length];
            String name = "Chaos " + system.topicPrefix + " #" + i;
            slots.acquireUninterruptibly();
            synchronized (outcomes) {
                outcomes.add(journeys.submit(() -> {
                    try {
                        return new PatientJourney(client::get, patience).walk(who[0], who[1], who[2], name);
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
    }

    private void inject(String fault) {
        long start = System.nanoTime();
        String detail = switch (fault) {
            case "kill Kafka" -> {
                infra.kill("kafka");
                pause(kafkaOutage);
                infra.start("kafka");
                yield "down " + kafkaOutage.toSeconds() + " s";
            }
            case "kill PostgreSQL" -> {
                infra.kill("postgres");
                pause(Duration.ofSeconds(5));
                infra.start("postgres");
                yield "down 5 s";
            }
            case "stop Keycloak" -> {
                stopKeycloak();
                yield "down " + keycloakOutage.toSeconds() + " s";
            }
            default -> {
                String service = RunningSystem.SERVICES[random.nextInt(RunningSystem.SERVICES.length)];
                system.service(service).kill();
                system.service(service).start(Map.of());
                yield service + "-service";
            }
        };
        faultLog.add(fault + " (" + detail + ", back after " + Duration.ofNanos(System.nanoTime() - start).toSeconds()
                + " s)");
        System.out.println("[chaos] " + faultLog.get(faultLog.size() - 1));
    }

    /**
     * Keycloak away for a while: tokens it issued before keep working (the services hold its keys), a new login
     * fails with a clear error. The journeys carry on with tokens fetched just before the stop.
     */
    private void stopKeycloak() {
        JourneyClient fresh = new JourneyClient(system.client.http(), system.client.endpoints(),
                system.client.endpoints().tokens());
        for (String[] who : PEOPLE) {
            for (String user : who) {
                fresh.token(user);
            }
        }
        client.set(fresh);
        long stopped = System.nanoTime();
        infra.stop("keycloak");
        identityChecks.put("a token issued before the stop", fresh.http().get(fresh.endpoints().enrolment()
                + "/api/v1/achievements?limit=1", fresh.token("nb-earner")).status());
        try {
            system.client.endpoints().tokens().of("nb-earner");
            identityChecks.put("a new login", "succeeded while Keycloak was stopped");
        } catch (RuntimeException e) {
            identityChecks.put("a new login", e.getMessage());
        }
        pause(keycloakOutage.minus(Duration.ofNanos(System.nanoTime() - stopped)));
        infra.start("keycloak");
    }

    private void awaitServicesReady() {
        for (String name : RunningSystem.SERVICES) {
            String ready = system.service(name).url() + "/q/health/ready";
            Poll.until(name + "-service ready after the fault", Duration.ofMinutes(3), Duration.ofMillis(500),
                    () -> {
                        try {
                            return system.client.http().get(ready, null).status() == 200
                                    ? Optional.of(true) : Optional.empty();
                        } catch (RuntimeException e) {
                            return Optional.empty();
                        }
                    });
        }
    }

    private Map<String, Integer> awaitOutboxesDrained(ChaosBooks books) {
        Map<String, Integer> unpublished = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        do {
            for (String name : RunningSystem.SERVICES) {
                try {
                    unpublished.put(name, books.unpublished(name));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (unpublished.values().stream().allMatch(n -> n == 0)) {
                break;
            }
            pause(Duration.ofSeconds(1));
        } while (System.nanoTime() < deadline);
        return unpublished;
    }

    private static void pause(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
