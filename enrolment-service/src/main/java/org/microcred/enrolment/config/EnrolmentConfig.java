package org.microcred.enrolment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code microcred.enrolment.*}: enrolment housekeeping. */
@ConfigMapping(prefix = "microcred.enrolment")
public interface EnrolmentConfig {

    /**
     * How often {@code ExpiryJob} looks for ACTIVE enrolments to expire (inactivity, end of the activity period)
     * and forgets old webhook deliveries. Several instances may run it at once.
     */
    @WithDefault("1h")
    Duration expiryInterval();
}
