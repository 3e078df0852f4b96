package org.microcred.wallet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Optional;

/**
 * {@code microcred.public-base-url} ({@code MICROCRED_PUBLIC_BASE_URL}): where recognizers reach this service; share
 * links point under it. Unset, it is this service's own address on the port it listens on, which is known only once
 * it listens (a random one under tests). (A mapping of its own: one of the whole {@code microcred} namespace would
 * have to claim the shared {@code microcred.db.*} and {@code microcred.kafka.*} keys too.)
 */
@ConfigMapping(prefix = "microcred.public-base-url")
public interface PublicBaseUrlConfig {

    @WithParentName
    Optional<String> value();

    /** The URL without a trailing slash, ready to append paths to; {@code http://localhost:<port>} when unset. */
    default String base(int ownPort) {
        String base = value().orElse("http://localhost:" + ownPort);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
