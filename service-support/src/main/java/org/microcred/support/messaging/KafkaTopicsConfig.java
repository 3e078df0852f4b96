package org.microcred.support.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** How a service names and provisions its topics. */
@ConfigMapping(prefix = "microcred.kafka")
public interface KafkaTopicsConfig {

    /** Prepended to every topic name: tests (`test.`) and demo runs share one broker without reading each other. */
    Optional<String> topicPrefix();

    /**
     * The logical topics this service's outbox publishes to (each service's application.properties). Its Kafka ACLs
     * grant Write on them; TopicProvisioner creates them with the topics it consumes.
     */
    Optional<List<String>> produces();

    /** Create missing topics at start-up; off where an operator (Strimzi KafkaTopic) manages them. */
    @WithDefault("true")
    boolean provisionTopics();

    /**
     * At start, check that the service's Kafka user may read what it consumes and write what it produces
     * (KafkaAccessCheck).
     */
    @WithDefault("true")
    boolean checkAccess();

    /** Replication factor of the topics it creates (1 on a single local broker). */
    @WithDefault("1")
    short replicationFactor();

    /**
     * {@code max.message.bytes} of the topics it creates: the broker's own default (1 MiB plus 12), set explicitly
     * so that a broker configured otherwise does not change what the outbox may send. At least the producer's
     * {@code max.request.size}, which is above {@code microcred.outbox.max-event-bytes} (see EventSizeLimits).
     */
    @WithDefault("1048588")
    int maxMessageBytes();
}
