package org.microcred.assessment.directory;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real Keycloak refusing this service's client secret is a 503 too, not a 500 and not a "yes". */
@Tag("servers")
@QuarkusTest
@TestProfile(AssessorDirectorySecretTest.WrongSecret.class)
class AssessorDirectorySecretTest {

    public static class WrongSecret implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc-client.credentials.secret", "not-the-secret");
        }
    }

    @Inject
    AssessorDirectory directory;

    @Test
    void aRefusedClientSecretIsA503() {
        AssessorDirectoryTest.assertUnavailable(directory);
    }
}
