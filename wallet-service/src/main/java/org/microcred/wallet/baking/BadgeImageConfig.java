package org.microcred.wallet.baking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code microcred.badge-images.*} (environment {@code MICROCRED_BADGE_IMAGES_...}): where the achievement images
 * baked badges are built on may be fetched from, and the bounds of fetching and keeping them.
 */
@ConfigMapping(prefix = "microcred.badge-images")
public interface BadgeImageConfig {

    /**
     * The only place images are fetched from: enrolment-service's public images (its public base URL +
     * {@code /api/v1/public/images/}). A credential naming any other image is baked into the default badge: a
     * wallet never fetches what a credential points it at elsewhere. Empty: never fetch.
     */
    @WithDefault("http://localhost:${MICROCRED_ENROLMENT_PORT:8081}/api/v1/public/images/")
    String trustedPrefix();

    /** An image larger than this (enrolment accepts 256 KiB) is not used. */
    @WithDefault("262144")
    int maxBytes();

    /** Connecting and the whole answer; a slower enrolment-service means the default badge, not a slow download. */
    @WithDefault("2s")
    Duration timeout();

    /** The images kept in memory, least recently used dropped first: at most this many bytes in all (8 MiB). */
    @WithDefault("8388608")
    long cacheBytes();
}
