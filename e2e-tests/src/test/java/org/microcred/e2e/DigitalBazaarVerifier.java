package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code interop/verify.mjs} (Digital Bazaar's verifier: proof, proof purpose against the issuer's controller
 * document, validity window) on a credential. Needs {@code node} and {@code npm ci --prefix interop}; without them
 * the calling test fails, it does not skip.
 */
public final class DigitalBazaarVerifier {

    private static final long NODE_TIMEOUT_SECONDS = 60;
    private static final Path REPO = Path.of(System.getProperty("microcred.repo", "..")).toAbsolutePath().normalize();
    private static final Path SCRIPT = REPO.resolve("interop/verify.mjs");

    /** What the script said: exit 0 and {@code "verified":true} when the credential verifies. */
    public record Outcome(int exitCode, String output) {
        public boolean verified() {
            return exitCode == 0 && output.contains("\"verified\":true");
        }
    }

    private DigitalBazaarVerifier() {
    }

    /** Fails at once, naming what to install, when node or interop/node_modules is missing. */
    public static void requireTooling() throws IOException {
        if (!Files.isRegularFile(SCRIPT)) {
            fail("Missing " + SCRIPT);
        }
        try {
            Outcome version = run(List.of("node", "--version"));
            if (version.exitCode() != 0) {
                fail("'node --version' failed: " + version.output());
            }
        } catch (IOException e) {
            fail("Node.js (node 20+) is not on the PATH; the interoperability tests need it: " + e.getMessage());
        }
        if (!Files.isDirectory(REPO.resolve("interop/node_modules/@digitalbazaar/vc"))
                || !Files.isDirectory(REPO.resolve("interop/node_modules/@digitalcredentials/verifier-core"))) {
            fail("interop/node_modules is not installed; run 'npm ci --prefix interop --no-audit --no-fund' first");
        }
    }

    /** Verifies the credential text; the file is kept under target/interop so a failure can be replayed. */
    public static Outcome verify(String label, String credential) throws IOException {
        return runScript(SCRIPT, label, credential);
    }

    /** Runs one of interop's verifier scripts on the credential text, kept under target/interop for a replay. */
    static Outcome runScript(Path script, String label, String credential) throws IOException {
        Path file = Files.createTempFile(workDir(), label + "-", ".json");
        Files.writeString(file, credential, StandardCharsets.UTF_8);
        return run(List.of("node", script.toString(), file.toString()));
    }

    static Path interopScript(String name) {
        return REPO.resolve("interop").resolve(name);
    }

    private static Path workDir() throws IOException {
        return Files.createDirectories(REPO.resolve("e2e-tests/target/interop"));
    }

    /** Output goes to a file, not a pipe, so a hung process is cut off by the timeout. */
    private static Outcome run(List<String> command) throws IOException {
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
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8).trim());
    }
}
