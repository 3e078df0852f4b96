package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The PrometheusRules: selected by the operator, every expression reads and selects only metrics the services
 * expose, every alert has a severity, a summary, a description and a runbook entry in docs/deploy.md, and the
 * rules watch what should wake someone (issue 11, point 4).
 */
class AlertRulesTest {

    /** Outbox age and parked rows, consumer lag, dead letters, signing failures, targets down, server errors. */
    static final Set<String> MUST_WATCH = Set.of("microcred_outbox_oldest_age_seconds", "microcred_outbox_parked",
            "kafka_consumer_fetch_manager_records_lag_max", "microcred_dead_letters_total",
            "microcred_signing_failures_total", "up", "http_server_requests_seconds_count");

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyAlertReadsAndSaysWhatToDo(String overlay) {
        assertEquals(List.of(), AlertRules.problems(Manifests.overlay(overlay), RegisteredMetrics.ofCode(),
                AlertRules.runbookText()));
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void theRulesWatchWhatShouldWakeSomeone(String overlay) {
        Set<String> unwatched = new TreeSet<>(MUST_WATCH);
        unwatched.removeAll(AlertRules.watchedMetrics(Manifests.overlay(overlay)));
        assertEquals(Set.of(), unwatched, "metrics no alert of overlay " + overlay + " watches");
    }

    @Test
    void eachFaultOfTheBrokenRulesIsFound() {
        String runbook = "UnbalancedParenthesis UnknownFunction UnknownMetric NoRunbook";
        List<String> problems = AlertRules.problems(Manifests.fixture("monitoring/rules-broken.yaml"), Set.of(),
                runbook);
        assertEquals(List.of(
                "PrometheusRule/unselected: not labelled release: kube-prometheus-stack (the Prometheus operator"
                        + " would not load it)",
                "PrometheusRule/unselected UnbalancedParenthesis: expr: unclosed (",
                "PrometheusRule/unselected UnknownFunction: expr: unknown function rates",
                "PrometheusRule/unselected UnknownMetric: no service exposes the metric microcred_typo_total",
                "PrometheusRule/unselected NoSeverity: severity null is not one of " + AlertRules.SEVERITIES,
                "PrometheusRule/unselected NoSeverity: docs/deploy.md's Monitoring and alerts says nothing of it"
                        + " (what to do when it fires)",
                "PrometheusRule/unselected NoRunbook: severity page is not one of " + AlertRules.SEVERITIES,
                "PrometheusRule/unselected NoRunbook: no runbook annotation"), problems);
    }
}
