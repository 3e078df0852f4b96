package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The journey's Grafana dashboard: a ConfigMap Grafana's sidecar loads, made from the committed JSON file, whose
 * panels have unique ids and queries that read and select only metrics the services expose; it shows every stage.
 */
class GrafanaDashboardsTest {

    static final String DASHBOARD = "deploy/k8s/base/monitoring/microcred-journey.json";
    /** Throughput per stage, latency, errors, outbox, consumer lag, dead letters, signing (issue 11, point 4). */
    static final Set<String> MUST_SHOW = Set.of("microcred_enrolments_total", "microcred_submissions_total",
            "microcred_decisions_total", "microcred_credentials_issued_total", "microcred_credentials_received_total",
            "microcred_verifications_total", "http_server_requests_seconds_bucket",
            "http_server_requests_seconds_count", "microcred_outbox_backlog", "microcred_outbox_oldest_age_seconds",
            "kafka_consumer_fetch_manager_records_lag_max", "microcred_dead_letters_total",
            "microcred_signing_seconds_bucket");

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyPanelHasAQueryThatReads(String overlay) {
        assertEquals(List.of(), GrafanaDashboards.problems(Manifests.overlay(overlay), RegisteredMetrics.ofCode()));
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void theDashboardShowsEveryStage(String overlay) {
        Set<String> missing = new TreeSet<>(MUST_SHOW);
        missing.removeAll(GrafanaDashboards.shownMetrics(Manifests.overlay(overlay)));
        assertEquals(Set.of(), missing, "metrics no panel of overlay " + overlay + " shows");
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void theConfigMapHoldsTheCommittedFile(String overlay) throws IOException {
        String committed = Files.readString(RepoRoot.resolve(DASHBOARD));
        assertTrue(GrafanaDashboards.configMaps(Manifests.overlay(overlay)).stream()
                .anyMatch(c -> committed.equals(c.string("data", "microcred-journey.json"))), DASHBOARD
                + " is not in a ConfigMap of overlay " + overlay);
    }

    @Test
    void eachFaultOfTheBrokenDashboardsIsFound() {
        List<String> problems = GrafanaDashboards.problems(Manifests.fixture("monitoring/dashboard-broken.yaml"),
                Set.of());
        assertTrue(problems.get(0).startsWith("ConfigMap/not-json a.json: not JSON: "), problems.get(0));
        assertEquals(List.of(
                "ConfigMap/broken-panels b.json: no data-source variable",
                "ConfigMap/broken-panels b.json: no namespace variable",
                "ConfigMap/broken-panels b.json panel \"same id\": id 2 used twice",
                "ConfigMap/broken-panels b.json panel \"empty\" query A: empty expr",
                "ConfigMap/broken-panels b.json panel \"no targets\": no query",
                "ConfigMap/broken-panels b.json panel \"bad\": expr: label matcher job= without a quoted value",
                "ConfigMap/broken-panels b.json panel \"bad\": no service exposes the metric microcred_nope_total"),
                problems.subList(1, problems.size()));
    }
}
