package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A credential issued in the journey verifies in Digital Bazaar's JavaScript stack (the one the
 * Digital Credentials Consortium's verifier uses), not only in our own code: {@code interop/verify.mjs}
 * checks its eddsa-rdfc-2022 proof, resolves the key through this run's issuer profile and checks
 * the proof purpose against it. Status lists are left to our own verifier (see RevocationIT).
 * Needs {@code node} and {@code npm ci --prefix interop}; without them the test fails, it does not skip.
 */
class InteropIT {

    private static final long NODE_TIMEOUT_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Path REPO = Path.of(System.getProperty("microcred.repo", "..")).toAbsolutePath().normalize();
    private static final Path SCRIPT = REPO.resolve("interop/verify.mjs");

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    /** Before the services start (the instance's fields start them): a missing tool fails at once. */
    @BeforeAll
    static void requireInteropTooling() throws IOException {
        if (!Files.isRegularFile(SCRIPT)) {
            fail("Missing " + SCRIPT);
        }
        try {
            NodeRun version = run(List.of("node", "--version"));
            if (version.exitCode() != 0) {
                fail("'node --version' failed: " + version);
            }
        } catch (IOException e) {
            fail("Node.js (node 20+) is not on the PATH; InteropIT needs it: " + e.getMessage());
        }
        if (!Files.isDirectory(REPO.resolve("interop/node_modules/@digitalbazaar/vc"))) {
            fail("interop/node_modules is not installed; run 'npm ci --prefix interop --no-audit --no-fund' first");
        }
    }

    @Test
    void aJourneyCredentialVerifiesInDigitalBazaarsVerifierAndATamperedCopyDoesNot() throws Exception {
        String name = "Interoperable — Zoë's SAFe® 日本語";
        String achievementId = client.publishAchievement("nb-admin", name);
        JourneyWalk.Result journey = new JourneyWalk(client, (s, n, d) -> { }).walk("nb-earner2", "nb-assessor2",
                achievementId);
        String document = client.credentialText("nb-earner2", journey.credentialId());

        NodeRun genuine = verify(write("issued", document));
        assertEquals(0, genuine.exitCode(), genuine.toString());
        assertTrue(genuine.output().contains("\"verified\":true"), genuine.toString());

        ObjectNode tampered = (ObjectNode) JSON.readTree(document);
        ObjectNode achievement = (ObjectNode) tampered.path("credentialSubject").path("achievement");
        assertEquals(name, achievement.path("name").asText(), "the achievement name as issued");
        achievement.put("name", name + " (with honours)");
        NodeRun forged = verify(write("tampered", JSON.writeValueAsString(tampered)));
        assertEquals(1, forged.exitCode(), forged.toString());
        assertTrue(forged.output().contains("\"verified\":false"), forged.toString());
        assertTrue(forged.output().contains("Invalid signature"), "rejected for its signature: " + forged);
    }

    /** Kept under target/ rather than deleted, so a failure can be replayed with the same file. */
    private static Path write(String label, String credential) throws IOException {
        Path file = Files.createTempFile(workDir(), label + "-", ".json");
        Files.writeString(file, credential, StandardCharsets.UTF_8);
        return file;
    }

    private static NodeRun verify(Path credential) throws IOException {
        return run(List.of("node", SCRIPT.toString(), credential.toString()));
    }

    private static Path workDir() throws IOException {
        return Files.createDirectories(REPO.resolve("e2e-tests/target/interop"));
    }

    /** Output goes to a file, not a pipe, so a hung process is cut off by the timeout. */
    private static NodeRun run(List<String> command) throws IOException {
        Path log = Files.createTempFile(workDir(), "node-", ".out");
        Process process = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            process.getOutputStream().close();
            if (!process.waitFor(NODE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command + " did not finish within " + NODE_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new NodeRun(command, process.exitValue(), Files.readString(log, StandardCharsets.UTF_8).trim());
    }

    private record NodeRun(List<String> command, int exitCode, String output) {
        @Override
        public String toString() {
            return String.join(" ", command) + " -> exit " + exitCode + ": " + output;
        }
    }
}
