package org.microcred.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One packaged service running as its own JVM process, as in production. */
final class ServiceProcess {

    private final String name;
    private final int port;
    private final Path jar;
    private final Path log;
    private final Map<String, String> env;
    private Process process;

    ServiceProcess(String name, int port, Path repo, Path logDir, Map<String, String> env) {
        this(name, 1, port, repo, logDir, env);
    }

    /** Instance {@code instance} (from 1) of the service; instances after the first log to {@code <name>-service-<k>.log}. */
    ServiceProcess(String name, int instance, int port, Path repo, Path logDir, Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.jar = repo.resolve(name + "-service/target/quarkus-app/quarkus-run.jar");
        this.log = logDir.resolve(name + "-service" + (instance == 1 ? "" : "-" + instance) + ".log");
        this.env = env;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** Starts the process with the given extra environment and waits until it is ready. */
    void start(Map<String, String> extraEnv) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn -DskipTests package)");
        }
        requirePortFree();
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBin(), "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        Map<String, String> environment = new HashMap<>(env);
        environment.putAll(extraEnv);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name, e);
        }
        awaitReady();
    }

    /** Another process on the port would answer our health checks and requests in this service's place. */
    private void requirePortFree() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress("0.0.0.0", port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + name + " is already in use: another test run or"
                    + " service is listening there; stop it first", e);
        }
    }

    /** SIGKILL: no shutdown hooks, no flush; what a crashed node or an OOM kill looks like. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** SIGTERM: a graceful stop, without waiting for it. */
    void terminate() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for the process to exit until {@code deadlineNanos}, then kills it. */
    void awaitExit(long deadlineNanos) {
        if (process == null) {
            return;
        }
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0 || !process.waitFor(left, java.util.concurrent.TimeUnit.NANOSECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready after 120 s; see " + log);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
