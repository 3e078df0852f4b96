package org.microcred.issuance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer profiles of the institutions this deployment issues for, by tenant id:
 * {@code microcred.issuers."northbridge".name=...}. (Mapped under {@code microcred.issuers}, not
 * {@code microcred}: a mapping of the whole {@code microcred} namespace would have to claim the
 * shared {@code microcred.db.*} and {@code microcred.kafka.*} properties too.)
 */
@ConfigMapping(prefix = "microcred.issuers")
public interface IssuersConfig {

    @WithParentName
    Map<String, Issuer> issuers();

    interface Issuer {
        String name();

        Optional<String> url();

        Optional<String> email();
    }
}
