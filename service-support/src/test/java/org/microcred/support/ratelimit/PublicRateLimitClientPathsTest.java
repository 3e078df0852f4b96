package org.microcred.support.ratelimit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which requests the public limiter leaves to the limit per client: a bearer token on a client path (issuance's VC-API
 * issuer endpoints), however the path is spelt; not a request without a token, nor a token on another limited path.
 */
class PublicRateLimitClientPathsTest {

    private final PublicRateLimit limiter = new PublicRateLimit(config());

    @Test
    void aBearerTokenOnAClientPathIsLeftToTheClientsLimit() {
        assertTrue(limiter.isClientRequest("/api/v1/issuers/northbridge/credentials/issue", "Bearer eyJ"));
        assertTrue(limiter.isClientRequest("/api/v1/issuers/northbridge/credentials/status", "bearer eyJ"));
        assertTrue(limiter.isClientRequest("/api/v1//issuers/northbridge/./credentials/%69ssue", "Bearer eyJ"));
    }

    @Test
    void withoutATokenOrOnAnotherPathTheAddressPays() {
        assertFalse(limiter.isClientRequest("/api/v1/issuers/northbridge/credentials/issue", null));
        assertFalse(limiter.isClientRequest("/api/v1/issuers/northbridge/credentials/issue", "Basic dXNlcg=="));
        assertFalse(limiter.isClientRequest("/api/v1/issuers/northbridge/keys/key-1", "Bearer eyJ"));
        assertFalse(limiter.isClientRequest("/api/v1/issuers/northbridge/credentials/issue/more", "Bearer eyJ"));
        assertTrue(limiter.isLimited("/api/v1/issuers/northbridge/credentials/issue"));
    }

    private static RateLimitConfig config() {
        return new RateLimitConfig() {
            @Override
            public Optional<List<String>> paths() {
                return Optional.of(List.of("/api/v1/issuers/"));
            }

            @Override
            public Optional<List<String>> clientPaths() {
                return Optional.of(List.of("/api/v1/issuers/[^/]+/credentials/(issue|status)"));
            }

            @Override
            public int requests() {
                return 120;
            }

            @Override
            public Duration period() {
                return Duration.ofSeconds(60);
            }

            @Override
            public int maxClients() {
                return 10;
            }

            @Override
            public Optional<List<String>> trustedProxies() {
                return Optional.empty();
            }

            @Override
            public ClientAddresses.ForwardingHeader forwardingHeader() {
                return ClientAddresses.ForwardingHeader.X_FORWARDED_FOR;
            }

            @Override
            public Optional<List<String>> exemptNetworks() {
                return Optional.empty();
            }
        };
    }
}
