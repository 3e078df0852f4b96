package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The services' Kafka security settings match the broker's listener, their KafkaUsers, and enforced ACLs. */
class KafkaListenerTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void eachServiceAuthenticatesAsItsListenerAndUserExpect(String overlay) {
        assertEquals(List.of(), KafkaListeners.problems(Manifests.overlay(overlay), ServiceModule.all()));
    }

    @Test
    void mismatchedSecurityIsFound() {
        String who = "wallet-service (SASL_SSL to microcred-kafka-kafka-bootstrap:9092)";
        assertEquals(List.of(
                "Kafka/microcred-kafka: authorization is null, not simple: the KafkaUsers' ACLs would not be enforced",
                who + ": the listener on port 9092 has tls: false",
                who + ": the listener on port 9092 authenticates with null, the service with SCRAM-SHA-512",
                who + ": KafkaUser/wallet-service authenticates with tls, the service with SCRAM-SHA-512",
                who + ": its truststore /etc/kafka-ca/ca.crt (the cluster CA) is not in a mounted volume"),
                KafkaListeners.problems(Manifests.fixture("consistency/kafka-listeners.yaml"),
                        List.of(ServiceModule.named("wallet-service"))));
    }
}
