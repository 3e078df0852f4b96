package org.microcred.assessment.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

/**
 * When Keycloak cannot answer, an assignment is refused with 503 (never a 500, never taken as "yes"): the
 * directory is pointed at a port nobody listens on. The real Keycloak refusing the client secret is
 * {@link AssessorDirectorySecretTest}.
 */
@Tag("servers")
@QuarkusTest
@TestProfile(AssessorDirectoryTest.KeycloakUnreachable.class)
class AssessorDirectoryTest {

    /** Both the token endpoint and the admin API on a port nobody listens on. */
    public static class KeycloakUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String nowhere = "http://127.0.0.1:" + closedPort();
            return Map.of("quarkus.oidc-client.auth-server-url", nowhere + "/realms/microcred",
                    "quarkus.rest-client.keycloak-admin.url", nowhere + "/admin/realms/microcred");
        }
    }

    @Inject
    AssessorDirectory directory;

    @Test
    void anUnreachableKeycloakIsA503() {
        assertUnavailable(directory);
    }

    static void assertUnavailable(AssessorDirectory directory) {
        // A fresh user id each time: nothing the cache holds can answer for Keycloak.
        ProblemException e = assertThrows(ProblemException.class, () -> directory
                .requireAssessor("northbridge", UUID.randomUUID().toString()).await().atMost(Duration.ofSeconds(20)));
        assertEquals(503, e.status());
        assertEquals("https://microcred.org/problems/directory-unavailable", e.toProblem("/").type());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
