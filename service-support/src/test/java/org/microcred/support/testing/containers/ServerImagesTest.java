package org.microcred.support.testing.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The containers mode runs the versions of the servers bin/infra runs, so both modes test against the same ones. */
class ServerImagesTest {

    private static final Path REPO = Path.of("..");

    @Test
    void kafkaImageIsTheVersionOfBinInfrasBroker() throws IOException {
        String pom = Files.readString(REPO.resolve("deploy/infra/kafka/pom.xml"));
        String version = found(pom, "<artifactId>kafka_2\\.13</artifactId>\\s*<version>([^<]+)");
        assertEquals("docker.io/apache/kafka:" + version, ServerImages.KAFKA);
    }

    @Test
    void keycloakImageIsTheVersionOfBinInfrasKeycloak() throws IOException {
        String infra = Files.readString(REPO.resolve("bin/infra"));
        assertEquals("quay.io/keycloak/keycloak:" + found(infra, "(?m)^KC_VERSION=([0-9.]+)"), ServerImages.KEYCLOAK);
    }

    @Test
    void postgresImageIsTheMajorVersionOfDebianBookworm() throws IOException {
        String builder = Files.readString(REPO.resolve("bin/test-server-images"));
        assertEquals("docker.io/library/postgres:" + found(builder, "--include=postgresql-([0-9]+)"),
                ServerImages.POSTGRES);
    }

    private static String found(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No " + regex + " in the file");
        }
        return matcher.group(1);
    }
}
