package org.microcred.enrolment.webhook.adapter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code microcred.lms.adapters.*}: the platforms' webhooks (Canvas, Moodle, Open edX) and their configuration. */
@ConfigMapping(prefix = "microcred.lms.adapters")
public interface AdapterConfig {

    /**
     * Base64 of the 32-byte AES key that seals the Moodle and Open edX shared secrets at rest
     * ({@code MICROCRED_LMS_ADAPTERS_SECRET_KEY}, environment only). Unset: those integrations cannot be configured
     * (503 {@code secret-key-missing}) nor verified.
     */
    Optional<String> secretKey();

    /** How long a fetched Canvas JWKS is used before it is fetched again. */
    @WithDefault("1h")
    Duration jwksTtl();

    /**
     * A token signed by a key id the cached JWKS does not have makes one refetch (Canvas rotates its keys monthly),
     * at most once per this interval per JWKS URL, so forged key ids cannot make this service hammer Canvas.
     */
    @WithDefault("1m")
    Duration jwksRefetchInterval();

    /** How long fetching a JWKS may take. */
    @WithDefault("5s")
    Duration jwksTimeout();

    /** Whether a JWKS URL may be plain http (tests serve one on loopback); production: https only. */
    @WithDefault("false")
    boolean allowHttpJwks();

    /**
     * Whether a JWKS URL may reach a loopback address (tests serve one on 127.0.0.1); production: never. Private,
     * link-local and every other non-public address stay refused (README, "Canvas's JWKS URL").
     */
    @WithDefault("false")
    boolean allowLoopbackJwks();

    /** Course mappings per integration. */
    @WithDefault("1000")
    int maxCourseMappings();
}
