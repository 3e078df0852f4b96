package org.microcred.support.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Gives Quarkus's HTTP server timer a histogram ({@code http_server_requests_seconds_bucket}), which it has none of by
 * default, so the journey dashboard and the alerts can compute p50 and p99 across instances. Bounded to 5 ms..30 s
 * to keep the buckets per series few.
 */
public class HttpLatencyHistogram {

    @Produces
    @Singleton
    MeterFilter httpServerRequestsHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return id.getName().startsWith("http.server.requests")
                        ? DistributionStatisticConfig.builder().percentilesHistogram(true)
                                .minimumExpectedValue((double) Duration.ofMillis(5).toNanos())
                                .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos())
                                .build().merge(config)
                        : config;
            }
        };
    }
}
