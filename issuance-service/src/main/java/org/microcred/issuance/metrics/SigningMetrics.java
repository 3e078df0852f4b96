package org.microcred.issuance.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Time spent signing, by proof ({@code data-integrity} or {@code vc-jwt}), as a histogram so Prometheus can compute
 * percentiles across instances; and the signatures that failed. Signing is CPU work, timed as it happens.
 */
@ApplicationScoped
public class SigningMetrics {

    public static final String DATA_INTEGRITY = "data-integrity";
    public static final String VC_JWT = "vc-jwt";

    private final MeterRegistry registry;

    public SigningMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public String timed(String proof, Supplier<String> signing) {
        Timer timer = Timer.builder("microcred.signing").tag("proof", proof).publishPercentileHistogram()
                .description("Time to sign one document").register(registry);
        try {
            return timer.record(signing);
        } catch (RuntimeException e) {
            Counter.builder("microcred.signing.failures").tag("proof", proof)
                    .description("Signatures that failed").register(registry).increment();
            throw e;
        }
    }
}
