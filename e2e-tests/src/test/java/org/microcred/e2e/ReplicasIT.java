package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Two instances of every service, on the same databases, topics and consumer groups, behind a round-robin balancer
 * each: journeys walked through them finish, and each earns exactly one credential, although one instance of every
 * service is killed with SIGKILL while they run. The kill lands on the second instances, which this test started:
 * the first ones keep serving the other end-to-end tests of the run.
 *
 * <p>{@code -Dreplicas.journeys=200} walks more journeys (20 by default).
 */
class ReplicasIT {

    private static final int JOURNEYS = Integer.getInteger("replicas.journeys", 20);
    private static final int AT_ONCE = 4;
    private static final String[][] PEOPLE = {
        {"nb-earner", "nb-assessor", "nb-admin"}, {"sp-earner", "sp-assessor", "sp-admin"},
        {"nb-earner2", "nb-assessor", "nb-admin"}, {"sp-earner2", "sp-assessor", "sp-admin"}};

    private final RunningSystem system = RunningSystem.get();
    private final ReplicaBooks books = new ReplicaBooks(system);

    @Test
    void journeysThroughTwoInstancesOfEachServiceEachIssueOneCredentialWhenOneInstanceOfEachIsKilled()
            throws Exception {
        Map<String, Integer> membersWithOneInstance = Poll.until("every consumer group with its members",
                Duration.ofSeconds(60), () -> {
                    Map<String, Integer> members = books.consumerGroupMembers();
                    return members.values().stream().allMatch(n -> n > 0) ? Optional.of(members) : Optional.empty();
                });
        ReplicaBooks.Snapshot before = books.snapshot();
        // The instances to be killed leave their consumer groups after 10 s of silence rather than the default 45 s:
        // the partitions they held wait that long for a new owner, which only makes the test longer.
        long started = System.nanoTime();
        Map<String, ServiceProcess> seconds = system.startSecondInstances(Map.of("KAFKA_SESSION_TIMEOUT_MS", "10000"));
        Poll.until("every consumer group with the members of both instances", Duration.ofSeconds(60), () -> {
            Map<String, Integer> members = books.consumerGroupMembers();
            return membersWithOneInstance.keySet().stream().allMatch(g -> members.get(g) == 2 * membersWithOneInstance
                    .get(g)) ? Optional.of(members) : Optional.empty();
        });

        Map<String, RoundRobinBalancer> balancers = new LinkedHashMap<>();
        for (String name : RunningSystem.SERVICES) {
            balancers.put(name, RoundRobinBalancer.over(List.of(system.service(name).url(), seconds.get(name).url())));
        }
        try {
            System.out.printf("Second instances ready and in their consumer groups after %d s%n", secondsSince(started));
            long walking = System.nanoTime();
            JourneyClient client = clientThrough(balancers);
            List<String> achievements = new ArrayList<>();
            for (int i = 0; i < JOURNEYS; i++) {
                achievements.add(client.publishAchievement(PEOPLE[i % PEOPLE.length][2], "Replicas #" + i));
            }
            ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
            AtomicInteger finished = new AtomicInteger();
            List<Future<String>> journeys = new ArrayList<>();
            for (int i = 0; i < JOURNEYS; i++) {
                String[] who = PEOPLE[i % PEOPLE.length];
                String achievementId = achievements.get(i);
                journeys.add(pool.submit(() -> {
                    String enrolmentId = walk(client, who, achievementId);
                    finished.incrementAndGet();
                    return enrolmentId;
                }));
            }
            Poll.until("half the journeys finished", Duration.ofSeconds(300), () -> finished.get() >= JOURNEYS / 2
                    ? Optional.of(true) : Optional.empty());
            balancers.forEach((name, balancer) -> assertTrue(name.equals("issuance")
                    || balancer.answeredBy(seconds.get(name).url()) > 0, name + ": the second instance answered"));
            seconds.values().forEach(ServiceProcess::kill);
            long killed = System.nanoTime();
            System.out.printf("Killed the second instance of each service after %d of %d journeys, %d s into them%n",
                    finished.get(), JOURNEYS, secondsSince(walking));

            List<String> enrolments = new ArrayList<>();
            for (Future<String> journey : journeys) {
                enrolments.add(journey.get());
            }
            pool.shutdown();
            System.out.printf("Every journey finished %d s after the kill%n", secondsSince(killed));
            balancers.forEach((name, balancer) -> System.out.printf("%-10s first instance %4d answers, second %4d,"
                    + " retried on the other %d%n", name, balancer.answeredBy(system.service(name).url()),
                    balancer.answeredBy(seconds.get(name).url()), balancer.retried()));

            assertEquals(JOURNEYS, enrolments.stream().distinct().count(), "one enrolment per journey");
            books.assertOneCredentialPerEnrolment(enrolments);
            books.assertStatusIndexesUnique();
            books.assertNoNewDeadLetters(before);
            assertTrue(balancers.values().stream().mapToInt(RoundRobinBalancer::retried).sum() > 0,
                    "calls met a killed instance and were answered by the other");
        } finally {
            balancers.values().forEach(RoundRobinBalancer::close);
        }
    }

    /** The journey of JourneyWalk, up to the credential in the wallet, through the balancers. */
    private static String walk(JourneyClient client, String[] who, String achievementId) {
        String earner = who[0];
        String assessor = who[1];
        String enrolmentId = client.enrol(earner, achievementId);
        String submissionId = client.openDraft(earner, enrolmentId);
        client.submitEvidence(earner, submissionId, "Exit tickets at the end of each lesson",
                JourneyClient.lessonPlanPdf("Replicas " + enrolmentId));
        String assessmentId = client.awaitAssessmentTask(assessor, achievementId, submissionId);
        client.claim(assessor, assessmentId);
        award(client, assessor, assessmentId);
        client.awaitCredentialInWallet(earner, enrolmentId);
        return enrolmentId;
    }

    /**
     * The decision; when the instance that recorded it died before answering, the balancer asked the other one,
     * which says it is already decided: then it must say AWARD.
     */
    private static void award(JourneyClient client, String assessor, String assessmentId) {
        try {
            assertEquals("AWARD", client.decide(assessor, assessmentId, "proficient", "Clear objectives."));
        } catch (IllegalStateException e) {
            if (!(e.getMessage().contains("already-decided") && e.getMessage().contains("(AWARD)"))) {
                throw e;
            }
        }
    }

    private static long secondsSince(long nanos) {
        return java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - nanos);
    }

    private JourneyClient clientThrough(Map<String, RoundRobinBalancer> balancers) {
        Endpoints direct = system.client.endpoints();
        Endpoints endpoints = new Endpoints(balancers.get("enrolment").url(), balancers.get("submission").url(),
                balancers.get("assessment").url(), balancers.get("issuance").url(), balancers.get("wallet").url(),
                direct.realm(), direct.demoPassword());
        return new JourneyClient(new Http(), endpoints, system.client.tokens());
    }
}
