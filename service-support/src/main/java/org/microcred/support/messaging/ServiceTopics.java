package org.microcred.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The topics a service's own configuration names, with its prefix: those its outbox publishes
 * ({@code microcred.kafka.produces}, logical names), those its channels consume
 * ({@code mp.messaging.incoming.<channel>.topic}) and their dead-letter topics
 * ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}). Its Kafka user's ACLs
 * (deploy/infra/kafka/acls.txt, Strimzi's KafkaUser) cover exactly these, so TopicProvisioner creates only them.
 */
@ApplicationScoped
public class ServiceTopics {

    private static final Pattern INCOMING =
            Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+|\"[^\"]+\")\\.(topic|dead-letter-queue\\.topic)");

    private final List<String> produced;
    private final List<String> consumed;
    private final List<String> deadLetters;

    @Inject
    public ServiceTopics(Config config, KafkaTopicsConfig topicsConfig, TopicNames names) {
        this.produced = topicsConfig.produces().orElse(List.of()).stream().map(names::of).toList();
        Set<String> consumed = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        for (String property : config.getPropertyNames()) {
            Matcher m = INCOMING.matcher(property);
            if (m.matches()) {
                config.getOptionalValue(property, String.class)
                        .ifPresent(topic -> (m.group(2).equals("topic") ? consumed : deadLetters).add(topic));
            }
        }
        this.consumed = List.copyOf(consumed);
        this.deadLetters = List.copyOf(deadLetters);
    }

    ServiceTopics(List<String> produced, List<String> consumed, List<String> deadLetters) {
        this.produced = List.copyOf(produced);
        this.consumed = List.copyOf(consumed);
        this.deadLetters = List.copyOf(deadLetters);
    }

    /** Every topic named, each once: produced first, then consumed, then dead-letter topics. */
    public List<String> all() {
        Set<String> all = new java.util.LinkedHashSet<>(produced);
        all.addAll(consumed);
        all.addAll(deadLetters);
        return new ArrayList<>(all);
    }

    public List<String> produced() {
        return produced;
    }

    public List<String> consumed() {
        return consumed;
    }

    public List<String> deadLetters() {
        return deadLetters;
    }
}
