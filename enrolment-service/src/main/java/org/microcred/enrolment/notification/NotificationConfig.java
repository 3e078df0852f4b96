package org.microcred.enrolment.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** {@code microcred.notification.*}: the notifications to earners (README, "Notifications"). */
@ConfigMapping(prefix = "microcred.notification")
public interface NotificationConfig {

    /** {@code false} stops this instance's sender (rows then wait, PENDING). */
    @WithDefault("true")
    boolean senderEnabled();

    /** The sender's fallback poll; a committed row wakes it at once. */
    @WithDefault("5s")
    Duration sendInterval();

    /** The wait after the first failed attempt, doubling after each further one. */
    @WithDefault("2s")
    Duration retryDelay();

    /** The longest wait between two attempts; there is no last attempt. */
    @WithDefault("10m")
    Duration maxRetryDelay();

    /** How often the reminder passes (expiry, inactivity nudge) run. */
    @WithDefault("1h")
    Duration reminderInterval();

    /** How long before an ACTIVE enrolment expires the earner is told. */
    @WithDefault("3d")
    Duration expiryLeadTime();

    /** How long an enrolled earner may do nothing before a nudge (once per quiet spell). */
    @WithDefault("7d")
    Duration inactivityNudgeAfter();

    /** The HMAC key of the unsubscribe tokens (MICROCRED_NOTIFICATION_UNSUBSCRIBE_SECRET); without it, no header. */
    Optional<String> unsubscribeSecret();

    /** This service's public base URL, for the unsubscribe link (HTTPS in production, as RFC 8058 asks). */
    @WithDefault("http://localhost:8081")
    String publicBaseUrl();

    /** The wallet's public base URL, for the links to see and share a credential. */
    @WithDefault("http://localhost:8085")
    String walletBaseUrl();

    /** The sender address; the display name is the institution's. */
    @WithDefault("noreply@microcred.localhost")
    String from();

    /** Each institution's look and reply address, by tenant id; a tenant without an entry gets the defaults. */
    Map<String, Institution> institution();

    /** The name when the tenant has none configured. */
    @WithDefault("Microcred")
    String defaultName();

    @WithDefault("#1f4e79")
    String defaultColour();

    interface Institution {
        Optional<String> name();

        /** The accent colour of the HTML mail, {@code #rrggbb}. */
        Optional<String> colour();

        Optional<String> replyTo();
    }
}
