package org.microcred.support.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How a service names and provisions its topics. */
@ConfigMapping(prefix = "microcred.kafka")
public interface KafkaTopicsConfig {

    /** Prepended to every topic name: tests (`test.`) and demo runs share one broker without reading each other. */
    Optional<String> topicPrefix();

    /** Create missing topics at start-up; off where an operator (Strimzi KafkaTopic) manages them. */
    @WithDefault("true")
    boolean provisionTopics();

    /** Replication factor of the topics it creates (1 on a single local broker). */
    @WithDefault("1")
    short replicationFactor();
}
