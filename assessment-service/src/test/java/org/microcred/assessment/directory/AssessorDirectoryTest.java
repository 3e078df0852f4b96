package org.microcred.assessment.directory;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.mutiny.core.Vertx;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

/**
 * When Keycloak cannot answer, an assignment is refused with 503 (never a 500, never taken as "yes"): the
 * directory is pointed at a port nobody listens on, and at the real Keycloak with a wrong client secret.
 */
@Tag("servers")
class AssessorDirectoryTest {

    private static final Vertx VERTX = Vertx.vertx();

    @AfterAll
    static void close() {
        VERTX.closeAndAwait();
    }

    @Test
    void anUnreachableKeycloakIsA503() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AssessorDirectory directory = new AssessorDirectory(
                config("http://127.0.0.1:" + closedPort + "/realms/microcred", "secret"), VERTX);

        assertUnavailable(directory);
    }

    @Test
    void aRefusedClientSecretIsA503() {
        String realm = System.getenv().getOrDefault("MICROCRED_OIDC_URL", "http://localhost:8180/realms/microcred");
        AssessorDirectory directory = new AssessorDirectory(config(realm, "not-the-secret"), VERTX);

        assertUnavailable(directory);
    }

    @Test
    void aUrlThatIsNotARealmIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class,
                () -> new AssessorDirectory(config("http://localhost:8180/auth", "secret"), VERTX));
    }

    private static void assertUnavailable(AssessorDirectory directory) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> directory.requireAssessor("northbridge", "any-user").await().atMost(Duration.ofSeconds(20)));
        assertEquals(503, e.status());
    }

    private static AssessorDirectoryConfig config(String realmUrl, String secret) {
        return new AssessorDirectoryConfig() {
            @Override
            public String realmUrl() {
                return realmUrl;
            }

            @Override
            public String clientId() {
                return "assessment-service";
            }

            @Override
            public String clientSecret() {
                return secret;
            }

            @Override
            public Duration cacheTtl() {
                return Duration.ofSeconds(60);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(2);
            }
        };
    }
}
