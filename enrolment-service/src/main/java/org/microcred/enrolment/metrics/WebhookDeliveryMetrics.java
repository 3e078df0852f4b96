package org.microcred.enrolment.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * LMS webhook deliveries by result: {@code received} (stored in the inbox the first time; a redelivery of the same
 * id is not counted), {@code rejected} (refused at the door: signature, time, shape or type), {@code processed}
 * (applied) and {@code failed} (given up after its retries). Each counts after the transaction that records it.
 * No tenant tag: a rejected delivery's tenant is whatever its URL said.
 */
@ApplicationScoped
public class WebhookDeliveryMetrics {

    private final MeterRegistry registry;

    public WebhookDeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received() {
        count("received");
    }

    public void rejected() {
        count("rejected");
    }

    public void processed() {
        count("processed");
    }

    public void failed() {
        count("failed");
    }

    private void count(String result) {
        Counter.builder("microcred.webhook.deliveries").tag("result", result)
                .description("LMS webhook deliveries by result").register(registry).increment();
    }
}
