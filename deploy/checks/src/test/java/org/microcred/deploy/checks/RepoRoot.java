package org.microcred.deploy.checks;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root directory, found from the module's working directory (Maven runs tests in deploy/checks). */
final class RepoRoot {

    private RepoRoot() {
    }

    /** The system property {@code microcred.repo} when set, else the nearest directory above with events/pom.xml. */
    static Path path() {
        String configured = System.getProperty("microcred.repo");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("events/pom.xml")) && Files.isDirectory(dir.resolve("deploy"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a directory with events/pom.xml and deploy/) above "
                + Path.of("").toAbsolutePath());
    }

    static Path resolve(String relative) {
        return path().resolve(relative);
    }
}
