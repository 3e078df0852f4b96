package org.microcred.wallet.ims.clients;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Dynamic client registration's limits ({@code microcred.wallet.ims-clients.*}, every one set in application.properties). */
@ConfigMapping(prefix = "microcred.wallet.ims-clients")
public interface ImsClientsConfig {

    /** The tenants that accept registrations; absent: none does. */
    Optional<List<String>> tenants();

    int maxClientsPerTenant();

    int registrationsPerAddress();

    Duration registrationPeriod();

    int maxTrackedAddresses();

    int maxRequestBytes();

    int maxUriLength();

    int maxRedirectUris();

    int maxNameLength();

    int maxSoftwareLength();

    /** http://localhost (and 127.0.0.1) URLs allowed: tests only. */
    @WithDefault("false")
    boolean allowHttpLocalhost();

    default boolean accepts(String tenant) {
        return tenants().map(list -> list.contains(tenant)).orElse(false);
    }
}
