package org.microcred.issuance.exchange;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code microcred.exchange.*}: the lifetime and limits of the VC-API exchanges that deliver to wallet apps. */
@ConfigMapping(prefix = "microcred.exchange")
public interface ExchangeConfig {

    /** How long an exchange can be completed after the earner made it. */
    @WithDefault("PT15M")
    Duration lifetime();

    /**
     * Failed DID authentications after which the exchange is closed for good: a failure does not consume the
     * exchange (a wallet may retry), but whoever holds a leaked URL does not get unlimited tries either.
     */
    @WithDefault("5")
    int maxFailedAuthentications();
}
