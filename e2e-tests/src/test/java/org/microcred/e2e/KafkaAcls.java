package org.microcred.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.microcred.support.testing.TestKafka;

/**
 * The services' Kafka ACLs for one run's topic prefix: the table deploy/infra/kafka/acls.txt, applied by the program
 * bin/infra applies it with (deploy/infra/kafka/KafkaAccess.java), logged in as the broker's super user of
 * bin/infra env. The services of the run then log in as their own users and may do exactly what they do with the real
 * topic names. A broker without authentication (no MICROCRED_KAFKA_ADMIN_USER) has no ACLs to grant.
 */
public final class KafkaAcls {

    private final Path repo;
    private final Map<String, String> env;

    public KafkaAcls(Path repo, Map<String, String> env) {
        this.repo = repo;
        this.env = env;
    }

    public boolean brokerAuthorizes() {
        return env.containsKey("MICROCRED_KAFKA_ADMIN_USER");
    }

    /** Grants the table with the topics under {@code topicPrefix}; granting twice changes nothing. */
    public void grant(String topicPrefix) {
        run("grant", repo.resolve("deploy/infra/kafka/acls.txt").toString(), topicPrefix);
    }

    /** Removes the grants on topics under {@code topicPrefix}: the broker keeps ACLs until they are deleted. */
    public void forget(String topicPrefix) {
        run("forget", topicPrefix);
    }

    private void run(String command, String... args) {
        if (!brokerAuthorizes()) {
            return;
        }
        Path login = adminLogin();
        try {
            List<String> line = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // The tests' class path holds kafka-clients, all the program needs.
                    "-cp", System.getProperty("java.class.path"),
                    repo.resolve("deploy/infra/kafka/KafkaAccess.java").toString(), command, login.toString()));
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
                Files.deleteIfExists(login);
            } catch (IOException e) {
                System.out.println("[e2e] could not delete " + login);
            }
        }
    }

    /** The super user's client settings (TestKafka's), in an owner-only file that lives while the program runs. */
    private static Path adminLogin() {
        try {
            Path file = Files.createTempFile("microcred-kafka-admin", ".properties",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Properties props = TestKafka.clientProperties();
            try (OutputStream out = Files.newOutputStream(file)) {
                props.store(out, null);
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
