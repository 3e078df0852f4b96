package org.microcred.wallet.presentation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Presentation requests from recognizers: {@code microcred.wallet.presentation-requests.*}. */
@ConfigMapping(prefix = "microcred.wallet.presentation-requests")
public interface PresentationRequestConfig {

    /** How long a request can be answered. */
    @WithDefault("15m")
    Duration lifetime();

    /** How long after its expiry its creator may still read the result; then the row is deleted. */
    @WithDefault("10m")
    Duration resultGrace();

    /** How often the cleanup pass deletes requests past their expiry and grace. */
    @WithDefault("1m")
    Duration cleanupInterval();

    /** Rows one cleanup pass deletes (a full batch: the next pass goes on at once). */
    @WithDefault("500")
    int cleanupBatch();

    /** The most credentials one presentation (or one signed-in earner's answer) may hold. */
    @WithDefault("10")
    int maxCredentials();

    /** The longest achievement id, issuer id, domain or redirect URL a recognizer may give. */
    @WithDefault("2000")
    int maxUrlLength();

    /** The longest reason a recognizer may give (shown to the earner). */
    @WithDefault("500")
    int maxReasonLength();

    /** Off: no background cleanup (tests run it themselves). */
    @WithDefault("true")
    boolean cleanupEnabled();
}
