package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each overlay has the shape issue 10 asks for: the services' companions everywhere, production's redundancy, dev's
 * one replica.
 */
class OverlayShapeTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void theOverlayHasTheShapeTheIssueAsksFor(String overlay) {
        assertEquals(List.of(), OverlayShape.problems(overlay, Manifests.overlay(overlay),
                ServiceModule.all().stream().map(ServiceModule::name).toList()));
    }

    @Test
    void aProductionOverlayWithoutRedundancyIsFound() {
        assertEquals(List.of(
                "a-service: its ServiceAccount a-service is not in fixture consistency/shape.yaml",
                "a-service: automountServiceAccountToken must be false (it never calls the API server)",
                "a-service: its configuration does not come from a ConfigMap (envFrom)",
                "a-service: no Service selects its pods",
                "a-service: no ServiceMonitor selects its Service and names one of its ports",
                "a-service: no autoscaling/v2 HorizontalPodAutoscaler scales it",
                "production: a-service replicas 1, at least 2",
                "a-service: no PodDisruptionBudget selects its pods",
                "a-service: its pods are not spread across kubernetes.io/hostname",
                "a-service: its pods are not spread across topology.kubernetes.io/zone",
                "production: Kafka brokers 1, at least 3",
                "production: Kafka controllers 1, at least 3",
                "production: Cluster/db PostgreSQL instances 1, at least 3",
                "production: Keycloak/keycloak instances 1, at least 2"),
                OverlayShape.problems("production", Manifests.fixture("consistency/shape.yaml"), List.of("a-service")));
    }

    @Test
    void aDevOverlayWithReplicasAndAutoscalingIsFound() {
        List<String> problems = OverlayShape.problems("dev", Manifests.fixture("consistency/shape-dev.yaml"),
                List.of("a-service"));
        assertEquals(List.of("a-service: dev runs 3 replicas, not one",
                "HorizontalPodAutoscaler/a-service: dev does not autoscale"), problems);
    }
}
