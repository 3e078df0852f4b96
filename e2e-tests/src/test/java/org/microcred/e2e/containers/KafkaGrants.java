package org.microcred.e2e.containers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The services' Kafka ACLs for this run's topic prefix: the table of deploy/infra/kafka/acls.txt applied by the same
 * program bin/infra uses (deploy/infra/kafka/KafkaAccess.java), as the broker's super user of {@code bin/infra env}.
 * On a broker without authentication (no MICROCRED_KAFKA_ADMIN_USER) there are no ACLs to grant.
 */
final class KafkaGrants {

    private final Path repo;
    private final Map<String, String> env;

    KafkaGrants(Path repo, Map<String, String> env) {
        this.repo = repo;
        this.env = env;
    }

    boolean brokerAuthenticates() {
        return env.containsKey("MICROCRED_KAFKA_ADMIN_USER");
    }

    void grant(String topicPrefix) {
        run("grant", repo.resolve("deploy/infra/kafka/acls.txt").toString(), topicPrefix);
    }

    /** Removes the run's ACLs again: each run has its own prefix, and the broker keeps ACLs until deleted. */
    void forget(String topicPrefix) {
        run("forget", topicPrefix);
    }

    private void run(String command, String... args) {
        if (!brokerAuthenticates()) {
            return;
        }
        Path properties = adminProperties();
        try {
            List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // The test's class path holds kafka-clients, which the program needs.
                    "-cp", System.getProperty("java.class.path"),
                    repo.resolve("deploy/infra/kafka/KafkaAccess.java").toString(), command, properties.toString()));
            line.addAll(List.of(args));
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("KafkaAccess " + command + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run KafkaAccess " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(properties);
            } catch (IOException e) {
                System.out.println("[containers] could not delete " + properties);
            }
        }
    }

    /** The super user's client settings, in an owner-only file that lives only while the program runs. */
    private Path adminProperties() {
        try {
            Path file = Files.createTempFile("microcred-kafka-admin", ".properties",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + env.get("MICROCRED_KAFKA_ADMIN_USER") + "\" password=\"" + env.get("MICROCRED_KAFKA_ADMIN_PASSWORD")
                    + "\";";
            Files.writeString(file, String.join("\n",
                    "bootstrap.servers=" + env.get("KAFKA_BOOTSTRAP_SERVERS"),
                    "security.protocol=" + env.getOrDefault("MICROCRED_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT"),
                    "sasl.mechanism=" + env.getOrDefault("MICROCRED_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"),
                    "sasl.jaas.config=" + jaas.replace("\\", "\\\\"), ""));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
