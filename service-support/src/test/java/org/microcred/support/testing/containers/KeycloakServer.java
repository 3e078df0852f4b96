package org.microcred.support.testing.containers;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * Keycloak in a container (development mode, as bin/infra runs it) with the demo realm: deploy/keycloak's realm and
 * demo overlay ({@link DemoRealm}), whose {@code ${...}} placeholders Keycloak fills at import from the container's
 * environment, i.e. from the generated secrets. No host name is configured: Keycloak names itself after the URL it is
 * called by, so the tokens' issuer is the mapped address the services and the test helpers both use.
 */
final class KeycloakServer {

    private static final int HTTP_PORT = 8080;
    private static final String REALM_PATH = "/realms/microcred";

    private final GenericContainer<?> container;

    KeycloakServer(DockerImageName image, Map<String, String> secrets, String adminPassword, String realm) {
        this.container = new GenericContainer<>(image)
                .withExposedPorts(HTTP_PORT)
                .withEnv(secrets)
                .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword)
                .withEnv("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m")
                .withCopyToContainer(Transferable.of(realm), "/opt/keycloak/data/import/microcred-realm.json")
                .withCommand("start-dev", "--import-realm")
                // The first start builds Keycloak's Quarkus application: 1.5 minutes on two idle cores, over 3 when
                // a build runs beside it.
                .waitingFor(Wait.forHttp(REALM_PATH + "/.well-known/openid-configuration").forPort(HTTP_PORT)
                        .withStartupTimeout(Duration.ofMinutes(8)));
    }

    Map<String, String> start() {
        container.start();
        String url = "http://" + container.getHost() + ":" + container.getMappedPort(HTTP_PORT);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("MICROCRED_KEYCLOAK_URL", url);
        settings.put("MICROCRED_OIDC_URL", url + REALM_PATH);
        return settings;
    }

    void stop() {
        container.stop();
    }
}
