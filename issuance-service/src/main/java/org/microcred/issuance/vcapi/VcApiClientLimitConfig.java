package org.microcred.issuance.vcapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The allowance of each institution client (OAuth 2.0 client credentials, role {@code vc-issuer}) on the VC-API
 * issuer endpoints ({@link VcApiClientLimit}), apart from the public per-address limit: an institution's system
 * issues in bulk from one address, and anonymous callers of the same address must not use up its allowance.
 */
@ConfigMapping(prefix = "microcred.vcapi.client-rate-limit")
public interface VcApiClientLimitConfig {

    /** Requests (issue or status) a client may make per period; also its largest burst. */
    @WithDefault("1200")
    int requests();

    @WithDefault("60s")
    Duration period();

    /** How many clients are tracked at once (the least recently seen is forgotten beyond it). */
    @WithDefault("1000")
    int maxClients();
}
