package org.microcred.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The physical topic name of a logical one. A prefix lets tests and demo runs share one broker
 * without reading each other's events; production leaves it empty.
 */
@ApplicationScoped
public class TopicNames {

    private final String prefix;

    @Inject
    public TopicNames(KafkaTopicsConfig config) {
        this(config.topicPrefix().orElse(""));
    }

    TopicNames(String prefix) {
        this.prefix = prefix;
    }

    public String of(String logicalTopic) {
        return prefix + logicalTopic;
    }
}
