package org.microcred.wallet.ims.backpack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * "Send to my backpack": {@code microcred.wallet.backpack.*}. Every call to another host is bounded: a time limit, a
 * largest answer, https only and public addresses only (the two {@code allow-} settings are for tests whose other
 * host is this same system on localhost).
 */
@ConfigMapping(prefix = "microcred.wallet.backpack")
public interface BackpackConfig {

    /**
     * The key sealing the client secrets this wallet got from other hosts and the PKCE verifiers of sends in progress
     * (base64 of 32 bytes; MICROCRED_WALLET_BACKPACK_SECRET_KEY). Unset: sending is off (503).
     */
    Optional<String> secretKey();

    /** How long one call to another host may take, connecting included. */
    @WithDefault("5s")
    Duration timeout();

    /** The largest answer read from another host (its discovery document is the largest expected). */
    @WithDefault("262144")
    int maxResponseBytes();

    /** How long the earner has to authorize a send at the other host. */
    @WithDefault("15m")
    Duration sendLifetime();

    /** The longest base URL an earner may enter. */
    @WithDefault("512")
    int maxBaseUrlLength();

    @WithDefault("false")
    boolean allowHttp();

    @WithDefault("false")
    boolean allowPrivateAddresses();
}
