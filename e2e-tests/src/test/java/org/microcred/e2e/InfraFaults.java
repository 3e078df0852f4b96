package org.microcred.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops, kills and starts the servers of bin/infra one at a time (its {@code stop}, {@code kill} and {@code start}
 * commands), for the fault-injection suite. The servers are the ones every test of the run shares: each fault ends
 * with its server started again and ready.
 */
final class InfraFaults {

    private final Path repo;

    InfraFaults(Path repo) {
        this.repo = repo;
    }

    void kill(String server) {
        infra("kill", server);
    }

    void stop(String server) {
        infra("stop", server);
    }

    void start(String server) {
        infra("start", server);
    }

    private void infra(String action, String server) {
        ProcessBuilder command = new ProcessBuilder(List.of("bash", repo.resolve("bin/infra").toString(), action, server))
                .directory(repo.toFile()).redirectErrorStream(true).inheritIO();
        try {
            Process process = command.start();
            if (!process.waitFor(6, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("bin/infra " + action + " " + server + " did not end in 6 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("bin/infra " + action + " " + server + " failed: " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run bin/infra " + action + " " + server, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
