package org.microcred.e2e.containers;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.command.InspectContainerResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.function.Executable;
import org.microcred.e2e.Http;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.JourneyWalk;
import org.testcontainers.containers.Container.ExecResult;

/**
 * The five service images, run as containers through Podman's Docker-compatible API, configured only by environment
 * variables as the Kubernetes manifests configure them, walk the earner journey to a shared credential that verifies;
 * and each container runs as the manifests demand: probes answer, the root filesystem is read-only, the process is
 * not root. Needs {@code eval "$(bin/images setup)"} (DOCKER_HOST) and {@code eval "$(bin/infra env)"}; without
 * DOCKER_HOST it is skipped with a printed line.
 */
class ContainerisedJourneyIT {

    private static ContainerisedSystem system;

    @RegisterExtension
    static final TestWatcher LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (system != null) {
                system.printLogs();
            }
        }
    };

    @BeforeAll
    static void startContainers() {
        if (System.getenv("DOCKER_HOST") == null) {
            System.out.println("[containers] ContainerisedJourneyIT skipped: DOCKER_HOST is not set"
                    + " (eval \"$(bin/images setup)\" starts Podman's API and prints it)");
            Assumptions.abort("no container engine configured (DOCKER_HOST)");
        }
        Path repo = Path.of(System.getProperty("microcred.repo", "..")).toAbsolutePath().normalize();
        system = new ContainerisedSystem(repo);
        try {
            system.start();
        } catch (RuntimeException e) {
            system.printLogs();
            system.stop();
            system = null;
            throw e;
        }
    }

    @AfterAll
    static void stopContainers() {
        if (system != null) {
            system.stop();
        }
    }

    @Test
    void earnerGoesFromEnrolmentToASharedCredentialThatVerifies() {
        JourneyClient client = system.client();
        String achievementId = client.publishAchievement("nb-admin", "Formative Assessment, in containers");
        JourneyWalk.Result journey = new JourneyWalk(client, (stage, nanos, detail) ->
                System.out.printf("[containers] %-40s %6d ms  %s%n", stage, nanos / 1_000_000, detail))
                .walk("nb-earner", "nb-assessor", achievementId);

        // The share reaches the dashboard as one more event (wallet to enrolment, through Kafka).
        assertEquals("SHARED", client.awaitStage("nb-earner", journey.enrolmentId(), "SHARED").path("stage").asText());
        String downloaded = client.credentialText("nb-earner", journey.credentialId());
        JsonNode report = client.verify(downloaded).expect(200).json();
        assertTrue(report.path("verified").asBoolean(), "the issued credential verifies: " + report);
        assertTrue(journey.shareUrl().startsWith(system.containers().get("wallet").url()),
                "the share link is the wallet container's public base URL: " + journey.shareUrl());
        Http.Reply shared = client.openShared(journey.shareUrl());
        assertEquals(200, shared.status(), shared.text());
        assertTrue(shared.json().at("/verification/verified").asBoolean(),
                "the public page verifies it: " + shared.text());
    }

    @Test
    void everyContainerAnswersTheManifestsProbes() {
        List<Executable> checks = new ArrayList<>();
        for (ServiceContainer container : system.containers().values()) {
            for (String probe : List.of("/q/health/live", "/q/health/ready", "/q/health/started")) {
                checks.add(() -> assertEquals(200, container.status(probe), container.service() + " " + probe));
            }
        }
        assertAll(checks);
    }

    @Test
    void everyContainerHasAReadOnlyRootFilesystemAndAWritableTmp() {
        for (ServiceContainer container : system.containers().values()) {
            assertEquals(Boolean.TRUE, container.inspect().getHostConfig().getReadonlyRootfs(), container.service());
            // Even root inside the container cannot write: the filesystem itself refuses, not a file's permissions.
            ExecResult asRoot = container.exec("0", "touch", "/deployments/written-by-the-test");
            assertNotEquals(0, asRoot.getExitCode(), container.service() + " let root write to its root filesystem");
            assertTrue(asRoot.getStderr().contains("Read-only file system"), container.service() + ": " + asRoot);
            ExecResult tmp = container.exec(null, "touch", "/tmp/written-by-the-test");
            assertEquals(0, tmp.getExitCode(), container.service() + " cannot write /tmp: " + tmp);
        }
    }

    @Test
    void noContainerRunsAsRoot() {
        for (ServiceContainer container : system.containers().values()) {
            InspectContainerResponse inspected = container.inspect();
            assertEquals("185", inspected.getConfig().getUser(), container.service());
            // PID 1 is java itself (exec form, no shell), with real, effective, saved and filesystem uid 185.
            String status = container.exec(null, "cat", "/proc/1/status").getStdout();
            assertTrue(status.lines().anyMatch(line -> line.matches("Uid:\\s+185\\s+185\\s+185\\s+185")),
                    container.service() + " /proc/1/status:\n" + status);
            assertTrue(status.lines().anyMatch(line -> line.matches("Name:\\s+java")),
                    container.service() + " PID 1 is not java:\n" + status);
        }
    }

    @Test
    void theJvmSizesItsHeapFromTheContainersMemoryLimit() {
        ServiceContainer wallet = system.containers().get("wallet");
        String cmdline = wallet.exec(null, "cat", "/proc/1/cmdline").getStdout().replace('\0', ' ');
        assertTrue(cmdline.contains("-XX:MaxRAMPercentage=60"), cmdline);
        // A JVM with the image's option, in the same container: 60% of the 768 MiB limit (460.8 MiB), not of the host.
        ExecResult flags = wallet.exec(null, "java", "-XX:MaxRAMPercentage=60", "-XX:+PrintFlagsFinal", "-version");
        long maxHeap = flags.getStdout().lines().filter(line -> line.contains(" MaxHeapSize "))
                .map(line -> Long.parseLong(line.replaceAll(".*=\\s*(\\d+).*", "$1"))).findFirst().orElse(-1L);
        long mib = 1024 * 1024;
        assertTrue(maxHeap >= 450 * mib && maxHeap <= 470 * mib, "MaxHeapSize " + maxHeap / mib + " MiB:\n" + flags);
    }

    @Test
    void everyImageNamesItsVersionAndCommit() {
        for (ServiceContainer container : system.containers().values()) {
            Map<String, String> labels = container.inspect().getConfig().getLabels();
            assertEquals(container.service() + "-service", labels.get("org.opencontainers.image.title"));
            assertTrue(labels.getOrDefault("org.opencontainers.image.version", "").matches("\\d+\\.\\d+\\.\\d+.*"),
                    container.service() + ": " + labels);
            assertTrue(labels.getOrDefault("org.opencontainers.image.revision", "").matches("[0-9a-f]{40}(-dirty)?"),
                    container.service() + ": " + labels);
            assertTrue(!labels.getOrDefault("org.opencontainers.image.base.name", "").isBlank(),
                    container.service() + " names no base image: " + labels);
        }
    }
}
