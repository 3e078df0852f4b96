package org.microcred.support.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code microcred.audit.*}: see docs/audit-trail.md. */
@ConfigMapping(prefix = "microcred.audit")
public interface AuditConfig {

    /**
     * Whether this service has the audit tables (its migration) and so records what service-support itself does on
     * an operator's request (retrying or dropping a parked outbox row). A service's own calls to {@link AuditTrail}
     * need no switch.
     */
    @WithDefault("false")
    boolean enabled();

    /** The longest period one export covers ({@code to - from}). */
    @WithDefault("P366D")
    Duration exportMaxPeriod();
}
