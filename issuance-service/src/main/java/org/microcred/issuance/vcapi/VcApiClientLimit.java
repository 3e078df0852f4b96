package org.microcred.issuance.vcapi;

import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.support.ratelimit.ClientRateLimit;

/**
 * Charges each VC-API request to the institution client its verified token names (the service account's
 * {@code sub}): 429 {@code rate-limited} once the client has spent {@link VcApiClientLimitConfig#requests()} in a
 * period. These paths are {@code microcred.public-rate-limit.client-paths}, so a request with a token does not pay the
 * public per-address limit as well.
 */
@ApplicationScoped
public class VcApiClientLimit {

    private final ClientRateLimit limit;

    public VcApiClientLimit(VcApiClientLimitConfig config) {
        this.limit = new ClientRateLimit(config.requests(), config.period(), config.maxClients());
    }

    void acquire(String client) {
        limit.acquire(client);
    }
}
