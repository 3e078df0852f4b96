package org.microcred.e2e.containers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five service images, built by {@code bin/images build --skip-package} from the services this Maven run has just
 * packaged: the test always runs the images of the code under test, never ones left from an earlier build. Layers
 * that did not change come from Podman's cache, so a rebuild takes seconds. The base image follows
 * MICROCRED_BASE_IMAGE ({@code local} where no registry answers, as on the CI machines).
 */
final class ServiceImages {

    private static final Pattern PARENT_VERSION =
            Pattern.compile("<artifactId>microcred-parent</artifactId>\\s*<version>([^<]+)</version>");

    private final Path repo;
    private final String version;

    ServiceImages(Path repo) {
        this.repo = repo;
        this.version = projectVersion(repo);
    }

    /** The name Podman gives an image built as {@code microcred/<service>-service:<version>}. */
    String image(String service) {
        return "localhost/microcred/" + service + "-service:" + version;
    }

    void build(Path log) {
        ProcessBuilder builder = new ProcessBuilder(List.of(repo.resolve("bin/images").toString(), "build",
                "--skip-package")).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("bin/images build took over 15 minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("bin/images build failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run bin/images build", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String projectVersion(Path repo) {
        try {
            Matcher matcher = PARENT_VERSION.matcher(Files.readString(repo.resolve("e2e-tests/pom.xml")));
            if (!matcher.find()) {
                throw new IllegalStateException("no microcred-parent version in e2e-tests/pom.xml");
            }
            return matcher.group(1).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
