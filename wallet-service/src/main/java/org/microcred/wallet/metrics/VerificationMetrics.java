package org.microcred.wallet.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.wallet.verification.Check;
import org.microcred.wallet.verification.VerificationReport;

/**
 * The checks of each verification answered by the public verify API, by check ({@code structure}, {@code proof},
 * {@code issuer-key}, {@code status}, {@code validity-window}, {@code issuer-known}: the verifier's fixed names) and
 * result ({@code passed}, {@code failed}). A request refused before a report (malformed, too large) is not counted.
 */
@ApplicationScoped
public class VerificationMetrics {

    private final MeterRegistry registry;

    public VerificationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts the report's checks and answers the report. */
    public VerificationReport counted(VerificationReport report) {
        for (Check check : report.checks()) {
            Counter.builder("microcred.verifications").tag("check", check.check())
                    .tag("result", check.passed() ? "passed" : "failed")
                    .description("Checks of the verifications answered, by check and result").register(registry)
                    .increment();
        }
        return report;
    }
}
