package org.microcred.support.testing.containers;

import org.microcred.support.testing.TestServerSettings;
import org.testcontainers.utility.DockerImageName;

/**
 * The server images of the containers mode: the official ones by default, of the versions bin/infra runs
 * (ServerImagesTest keeps them in step), each replaceable by a setting, e.g. with a mirror of a registry. The names
 * are kept as given, so an image built locally under an official name (bin/test-server-images) is used as it is.
 */
public record ServerImages(DockerImageName postgres, DockerImageName kafka, DockerImageName keycloak) {

    static final String POSTGRES = "docker.io/library/postgres:15";
    static final String KAFKA = "docker.io/apache/kafka:4.1.1";
    static final String KEYCLOAK = "quay.io/keycloak/keycloak:26.4.7";

    public static ServerImages fromSettings() {
        return new ServerImages(
                image("MICROCRED_TEST_POSTGRES_IMAGE", POSTGRES, "postgres"),
                image("MICROCRED_TEST_KAFKA_IMAGE", KAFKA, "apache/kafka"),
                image("MICROCRED_TEST_KEYCLOAK_IMAGE", KEYCLOAK, "quay.io/keycloak/keycloak"));
    }

    /** An image another name stands in for: Testcontainers' modules accept only the names they know. */
    private static DockerImageName image(String setting, String official, String compatibleWith) {
        return DockerImageName.parse(TestServerSettings.get(setting, official))
                .asCompatibleSubstituteFor(compatibleWith);
    }
}
