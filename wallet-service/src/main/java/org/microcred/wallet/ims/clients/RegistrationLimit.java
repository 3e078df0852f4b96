package org.microcred.wallet.ims.clients;

import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.support.ratelimit.ClientRateLimit;

/**
 * Registrations per client address ({@code microcred.wallet.ims-clients.registrations-per-address} per
 * {@code registration-period}), refused ones included: each success creates a Keycloak client, and each try probes
 * our rules. Its own allowance, apart from the public endpoints' one, which is sized for page views.
 */
@ApplicationScoped
public class RegistrationLimit {

    private final ClientRateLimit limit;

    public RegistrationLimit(ImsClientsConfig config) {
        this.limit = new ClientRateLimit(config.registrationsPerAddress(), config.registrationPeriod(),
                config.maxTrackedAddresses());
    }

    /** @throws org.microcred.support.ratelimit.RateLimitedException 429 with Retry-After, when spent */
    public void acquire(String address) {
        limit.acquire(address);
    }
}
