package org.microcred.deploy.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code kubectl kustomize DIR}: the objects an overlay renders, as {@code kubectl apply -k} would send them. */
final class Kustomize {

    private Kustomize() {
    }

    /** The rendered YAML; fails, with kubectl's own message, when the overlay does not build or kubectl is missing. */
    static String build(Path directory) {
        Path err = null;
        try {
            err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(List.of("kubectl", "kustomize", directory.toString()))
                    .redirectError(err.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + directory + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new KustomizeFailed("kubectl kustomize " + directory + " failed (exit " + process.exitValue()
                        + "): " + Files.readString(err).strip());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run kubectl (it renders the overlays with its built-in kustomize;"
                    + " install kubectl 1.32, as the build machines and CI have it): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running kubectl kustomize " + directory, e);
        } finally {
            if (err != null) {
                try {
                    Files.deleteIfExists(err);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** The overlay does not build: kubectl's message says why. */
    static final class KustomizeFailed extends IllegalStateException {
        KustomizeFailed(String message) {
            super(message);
        }
    }
}
