package org.microcred.wallet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The earner's wallet: {@code microcred.wallet.*}. */
@ConfigMapping(prefix = "microcred.wallet")
public interface WalletConfig {

    /** How many live (unexpired, unrevoked) share links one credential may have at once. */
    @WithDefault("20")
    int maxActiveSharesPerCredential();
}
