package org.microcred.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The physical topic name of a logical one. A prefix lets tests and demo runs share one broker
 * without reading each other's events; production leaves it empty.
 */
@ApplicationScoped
public class TopicNames {

    private final String prefix;

    public TopicNames(@ConfigProperty(name = "microcred.kafka.topic-prefix") Optional<String> prefix) {
        this.prefix = prefix.orElse("");
    }

    public String of(String logicalTopic) {
        return prefix + logicalTopic;
    }
}
