package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Under the default deny, each service may still reach what its configuration connects to. */
class ReachabilityTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyServiceReachesWhatItConnectsTo(String overlay) {
        assertEquals(List.of(), Reachability.problems(Manifests.overlay(overlay), ServiceModule.all()));
    }

    @Test
    void blockedConnectionsAreFound() {
        assertEquals(List.of(
                "fixture consistency/network.yaml has no default-deny NetworkPolicy (podSelector {}, Ingress and"
                        + " Egress)",
                "assessment-service: no NetworkPolicy lets it reach cluster DNS on port 53/UDP",
                "assessment-service: no NetworkPolicy lets it reach the brokers of Kafka microcred-kafka"
                        + " (microcred-kafka-kafka-bootstrap) on port 9093/TCP",
                "assessment-service: no NetworkPolicy lets it reach http://microcred-keycloak-service:8080"
                        + " (quarkus.rest-client.keycloak-admin.url) on port 8080/TCP"),
                Reachability.problems(Manifests.fixture("consistency/network.yaml"),
                        List.of(ServiceModule.named("assessment-service"))));
    }
}
