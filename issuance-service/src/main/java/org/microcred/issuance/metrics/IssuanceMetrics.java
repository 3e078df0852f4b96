package org.microcred.issuance.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.issuance.CredentialStatus;
import org.microcred.support.metrics.AfterCommit;

/**
 * Credentials issued, revoked and suspended, per tenant (the configured institutions: a bounded set). Each counts
 * once its transaction has committed ({@link AfterCommit}).
 */
@ApplicationScoped
public class IssuanceMetrics {

    private final MeterRegistry registry;

    public IssuanceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void issued(String tenantId) {
        count("microcred.credentials.issued", "Credentials signed, stored and announced", tenantId);
    }

    /** A revocation or a suspension; a reinstatement is not counted. */
    public void statusChanged(String tenantId, CredentialStatus now) {
        switch (now) {
            case REVOKED -> count("microcred.credentials.revoked", "Credentials revoked", tenantId);
            case SUSPENDED -> count("microcred.credentials.suspended", "Credentials suspended", tenantId);
            default -> {
            }
        }
    }

    private void count(String name, String description, String tenantId) {
        Counter counter = Counter.builder(name).tag("tenant", tenantId).description(description).register(registry);
        AfterCommit.run(counter::increment);
    }
}
