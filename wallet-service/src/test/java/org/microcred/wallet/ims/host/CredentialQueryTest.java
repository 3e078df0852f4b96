package org.microcred.wallet.ims.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

/** getCredentials' query parameters: defaults, bounds, and the forms of since. */
class CredentialQueryTest {

    /** The settings as application.properties has them. */
    static final ImsHostConfig CONFIG = new ImsHostConfig() {
        public String title() {
            return "Wallet";
        }

        public Optional<String> termsOfServiceUrl() {
            return Optional.empty();
        }

        public Optional<String> privacyPolicyUrl() {
            return Optional.empty();
        }

        public Optional<String> imageUrl() {
            return Optional.empty();
        }

        public Map<String, Institution> institutions() {
            return Map.of();
        }

        public String authorizationServer() {
            return "https://id.example.edu/realms/microcred";
        }

        public int defaultLimit() {
            return 50;
        }

        public int maxLimit() {
            return 100;
        }

        public int maxProfileBytes() {
            return 65536;
        }
    };

    @Test
    void absentParametersMeanTheDefaultPageFromTheStart() {
        assertEquals(new CredentialQuery(50, 0, null), CredentialQuery.of(null, null, null, CONFIG));
    }

    @Test
    void sinceWithoutAnOffsetIsUtcAndWithOneIsThatInstant() {
        assertEquals(Instant.parse("2026-01-31T12:00:00Z"),
                CredentialQuery.of("10", "20", "2026-01-31T12:00:00", CONFIG).since());
        assertEquals(Instant.parse("2026-01-31T10:00:00Z"),
                CredentialQuery.of("10", "20", "2026-01-31T12:00:00+02:00", CONFIG).since());
        assertNull(CredentialQuery.of("100", "0", null, CONFIG).since());
    }

    @Test
    void outOfRangeOrUnreadableValuesAreRefusedNamingTheParameter() {
        for (String[] bad : new String[][] {{"0", null, null}, {"101", null, null}, {"ten", null, null},
                {null, "-1", null}, {null, "x", null}, {null, null, "yesterday"}, {null, null, "2026-13-01T00:00:00"}}) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> CredentialQuery.of(bad[0], bad[1], bad[2], CONFIG));
            assertEquals(400, refused.status());
            assertTrue(refused.toProblem(null).type().endsWith("/" + CredentialQuery.SLUG));
            String named = bad[0] != null ? "limit" : bad[1] != null ? "offset" : "since";
            assertTrue(refused.getMessage().contains(named), refused.getMessage());
        }
    }
}
