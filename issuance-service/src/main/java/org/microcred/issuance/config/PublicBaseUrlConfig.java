package org.microcred.issuance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * {@code microcred.public-base-url} ({@code MICROCRED_PUBLIC_BASE_URL}): where recognizers reach this service.
 * Issuer ids, key ids and status list URLs are under it. (A mapping of its own: one of the whole {@code microcred}
 * namespace would have to claim the shared {@code microcred.db.*} and {@code microcred.kafka.*} keys too.)
 */
@ConfigMapping(prefix = "microcred.public-base-url")
public interface PublicBaseUrlConfig {

    @WithParentName
    @WithDefault("http://localhost:8084")
    String value();

    /** The URL without a trailing slash, ready to append paths to. */
    default String base() {
        String base = value();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
