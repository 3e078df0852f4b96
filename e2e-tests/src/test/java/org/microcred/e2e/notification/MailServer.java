package org.microcred.e2e.notification;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts bin/infra's SMTP server ({@code bin/infra smtp-down}, {@code smtp-up}) for an outage, in this test
 * JVM's environment: the instance of bin/infra the services use.
 */
final class MailServer {

    private final Path repo = Path.of(System.getProperty("microcred.repo", "..")).toAbsolutePath().normalize();

    void down() {
        infra("smtp-down");
    }

    /** Starts it and waits until it answers (bin/infra waits). */
    void up() {
        infra("smtp-up");
    }

    private void infra(String action) {
        ProcessBuilder command = new ProcessBuilder(List.of("bash", repo.resolve("bin/infra").toString(), action))
                .directory(repo.toFile()).redirectErrorStream(true).inheritIO();
        try {
            Process process = command.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("bin/infra " + action + " did not end in 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("bin/infra " + action + " failed: " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run bin/infra " + action, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
