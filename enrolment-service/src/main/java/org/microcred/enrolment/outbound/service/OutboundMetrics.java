package org.microcred.enrolment.outbound.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code microcred_outbound_webhooks_delivered_total{type}}: deliveries an endpoint answered 2xx; {@code
 * microcred_outbound_webhooks_failed_total{type}}: deliveries that failed for good (retries exhausted); {@code
 * microcred_outbound_webhooks_attempts_failed_total{type}}: failed attempts (each retried while retries remain);
 * {@code microcred_outbound_webhooks_endpoints_disabled_total}: endpoints the sender disabled.
 */
@ApplicationScoped
public class OutboundMetrics {

    private final MeterRegistry registry;

    public OutboundMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void delivered(String type) {
        count("microcred.outbound.webhooks.delivered", type, "outbound webhook deliveries answered 2xx");
    }

    public void failed(String type) {
        count("microcred.outbound.webhooks.failed", type, "outbound webhook deliveries failed after every retry");
    }

    public void attemptFailed(String type) {
        count("microcred.outbound.webhooks.attempts.failed", type, "failed outbound webhook attempts (retried)");
    }

    public void endpointDisabled() {
        Counter.builder("microcred.outbound.webhooks.endpoints.disabled")
                .description("outbound webhook endpoints disabled after a delivery failed for good")
                .register(registry).increment();
    }

    private void count(String name, String type, String description) {
        Counter.builder(name).tag("type", type).description(description).register(registry).increment();
    }
}
