package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metric names read from the code are those Micrometer's Prometheus registry gives the meters. */
class RegisteredMetricsTest {

    @Test
    void namesEachMeterAsThePrometheusRegistryDoes() {
        assertEquals(Set.of("microcred_credentials_issued_total", "microcred_dead_letters_total",
                "microcred_signing_seconds_count", "microcred_signing_seconds_sum", "microcred_signing_seconds_max",
                "microcred_signing_seconds_bucket", "microcred_outbox_oldest_age_seconds", "microcred_outbox_backlog",
                "microcred_submissions_total", "microcred_credentials_revoked_total",
                "http_server_requests_seconds_bucket"),
                RegisteredMetrics.of(List.of(Fixtures.path("monitoring/code"))));
    }

    @Test
    void theStandardFamiliesAreThoseOfPrometheusQuarkusKafkaAndKubeStateMetrics() {
        assertTrue(RegisteredMetrics.isStandard("up"));
        assertTrue(RegisteredMetrics.isStandard("http_server_requests_seconds_count"));
        assertFalse(RegisteredMetrics.isStandard("http_server_requests_seconds_bucket"));
        assertTrue(RegisteredMetrics.isStandard("kafka_consumer_fetch_manager_records_lag_max"));
        assertTrue(RegisteredMetrics.isStandard("kube_deployment_spec_replicas"));
        assertFalse(RegisteredMetrics.isStandard("microcred_credentials_issued_total"));
        assertFalse(RegisteredMetrics.isStandard("http_server_requests_total"));
    }
}
