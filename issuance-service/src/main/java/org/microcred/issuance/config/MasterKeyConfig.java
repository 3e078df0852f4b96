package org.microcred.issuance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.Optional;

/**
 * {@code microcred.master-key} ({@code MICROCRED_MASTER_KEY}, environment only): base64 of the 32-byte key that
 * seals the issuers' signing keys. Empty when unset, so that the service can refuse to start with a message
 * that says what to set.
 */
@ConfigMapping(prefix = "microcred.master-key")
public interface MasterKeyConfig {

    @WithParentName
    Optional<String> value();
}
