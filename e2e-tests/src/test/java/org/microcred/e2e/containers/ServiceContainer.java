package org.microcred.e2e.containers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One service image running as a container the way the manifests run it: a read-only root filesystem with a writable
 * {@code /tmp} only, a memory limit the JVM sizes its heap from, configured by environment variables alone. It shares
 * the host's network, so bin/infra's servers on localhost are reachable and Keycloak's issuer URL is the same inside
 * and out.
 */
final class ServiceContainer {

    /** The manifests' memory limit of a service. */
    private static final long MEMORY_BYTES = 768L * 1024 * 1024;
    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final String service;
    private final int port;
    private final GenericContainer<?> container;

    ServiceContainer(String service, String image, int port, Map<String, String> env, String runId) {
        this.service = service;
        this.port = port;
        // The image was built here a moment ago; there is no registry to pull from.
        this.container = new GenericContainer<>(DockerImageName.parse(image))
                .withImagePullPolicy(name -> false)
                .withNetworkMode("host")
                .withEnv(env)
                // As an emptyDir: executable (the JVM may load native libraries it unpacks there), writable by 185.
                .withTmpFs(Map.of("/tmp", "rw,exec,nosuid,nodev,size=256m,mode=1777"))
                .withCreateContainerCmdModifier(cmd -> {
                    cmd.withName("microcred-" + service + "-" + runId);
                    cmd.getHostConfig().withReadonlyRootfs(true).withMemory(MEMORY_BYTES).withMemorySwap(MEMORY_BYTES);
                });
    }

    String service() {
        return service;
    }

    String url() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    /** Starts the container and waits until the service reports ready, or fails with its log. */
    void start() {
        requirePortFree();
        container.start();
        awaitReady();
    }

    void stop() {
        container.stop();
    }

    boolean isRunning() {
        return container.isRunning();
    }

    InspectContainerResponse inspect() {
        return container.getCurrentContainerInfo();
    }

    /** Runs a command in the container as the image's user, or as {@code user} when given. */
    ExecResult exec(String user, String... command) {
        try {
            return user == null ? container.execInContainer(command) : container.execInContainerWithUser(user, command);
        } catch (IOException e) {
            throw new IllegalStateException("exec in " + service + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String logs() {
        try {
            return container.getLogs();
        } catch (RuntimeException e) {
            return "(no logs of " + service + ": " + e.getMessage() + ")";
        }
    }

    void saveLogs(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(service + "-service.log"), logs());
        } catch (IOException e) {
            System.out.println("[containers] could not save the log of " + service + ": " + e.getMessage());
        }
    }

    /** The HTTP status of a GET on the service's own port, or -1 when nothing answers. */
    int status(String path) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Another process on the port would answer the readiness checks and the requests in this container's place. */
    private void requirePortFree() {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress("0.0.0.0", port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for the " + service + " container is in use: stop what"
                    + " listens there first", e);
        }
    }

    /** Startup runs the service's Flyway migrations and connects to Kafka: as the manifests' startup probe, wait. */
    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!container.isRunning()) {
                throw new IllegalStateException(service + " container stopped before it was ready:\n" + logs());
            }
            if (status("/q/health/ready") == 200) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(service + " not ready after " + STARTUP.toSeconds() + " s:\n" + logs());
    }
}
