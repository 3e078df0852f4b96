package org.microcred.support.testing.containers;

import java.util.Map;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A Kafka broker (KRaft, one node) in a container, without authentication: the services' Kafka security stays at
 * its default, PLAINTEXT. The services make their topics themselves (TopicProvisioner).
 */
final class KafkaServer {

    private final KafkaContainer container;

    KafkaServer(DockerImageName image) {
        this.container = new KafkaContainer(image);
    }

    Map<String, String> start() {
        container.start();
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", container.getBootstrapServers(),
                // Set here so that a shell that still holds bin/infra's SASL settings cannot point the services at
                // an authentication this broker does not offer.
                "MICROCRED_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
    }

    void stop() {
        container.stop();
    }
}
