package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A service whose Kafka user has no ACL for a topic it is configured to consume fails visibly: a second
 * wallet-service, configured as in Kubernetes (topics made by the operator, so no provisioning) but with its incoming
 * channel pointed at submission.events.v1 of this run, which acls.txt does not grant it, stops at start naming the
 * refused operation. The five services of the run, each logged in as its own user, show the granted side.
 */
class KafkaAclIT {

    /** Outside the ports of the running system (18081-18085). */
    private static final int PORT = 18089;

    @Test
    void aServiceConsumingATopicItHasNoAclForStopsAtStartNamingIt() throws Exception {
        RunningSystem system = RunningSystem.get();
        assumeTrue(system.kafkaAcls.brokerAuthorizes(),
                "skipped: the broker has no ACLs (no MICROCRED_KAFKA_ADMIN_USER; run eval \"$(bin/infra env)\")");
        String forbidden = system.topicPrefix + "submission.events.v1";
        Path repo = Path.of(System.getProperty("microcred.repo", "..")).toAbsolutePath().normalize();
        Path log = repo.resolve("e2e-tests/target/e2e-logs/wallet-service-without-acl.log");
        Files.deleteIfExists(log);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar",
                repo.resolve("wallet-service/target/quarkus-app/quarkus-run.jar").toString()));
        builder.environment().put("MICROCRED_WALLET_PORT", String.valueOf(PORT));
        builder.environment().put("MICROCRED_DB_NAME", "wallet_e2e");
        builder.environment().put("MICROCRED_KAFKA_TOPIC_PREFIX", system.topicPrefix);
        builder.environment().put("MICROCRED_KAFKA_PROVISION_TOPICS", "false");
        // It must not publish the running wallet's outbox rows.
        builder.environment().put("MICROCRED_OUTBOX_RELAY_ENABLED", "false");
        builder.environment().put("MP_MESSAGING_INCOMING_ISSUANCE_CREDENTIALS_TOPIC", forbidden);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            assertTrue(process.waitFor(120, TimeUnit.SECONDS),
                    "wallet-service without an ACL for " + forbidden + " still runs after 120 s; see " + log);
            assertNotEquals(0, process.exitValue(), "its exit status");
            String output = Files.readString(log);
            assertTrue(output.contains("Kafka refuses SASL_PLAINTEXT as wallet-service")
                    && output.contains("READ on topic " + forbidden), "its log names the refusal; see " + log);
        } finally {
            process.destroyForcibly();
        }
    }
}
