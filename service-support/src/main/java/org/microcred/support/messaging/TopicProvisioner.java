package org.microcred.support.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.microcred.events.Topics;

/**
 * Creates the event topics, when missing, with the settings the design relies on: 6 partitions, an explicit
 * {@code max.message.bytes} (consistent with the outbox's event maximum), and the catalogue compacted (it holds the full state of each definition version, kept for every new
 * consumer, not only for the broker's retention time). Creating a topic that exists changes nothing,
 * so every service may do it. Where an operator manages topics (Strimzi KafkaTopic resources), turn
 * it off with {@code microcred.kafka.provision-topics=false}.
 */
@Singleton
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);
    static final int PARTITIONS = 6;

    private final boolean enabled;
    private final String bootstrap;
    private final short replicationFactor;
    private final int maxMessageBytes;
    private final TopicNames names;

    @Inject
    public TopicProvisioner(KafkaTopicsConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap, TopicNames names) {
        this(config.provisionTopics(), bootstrap, config.replicationFactor(), config.maxMessageBytes(), names);
    }

    TopicProvisioner(boolean enabled, String bootstrap, short replicationFactor, int maxMessageBytes,
            TopicNames names) {
        this.enabled = enabled;
        this.bootstrap = bootstrap;
        this.replicationFactor = replicationFactor;
        this.maxMessageBytes = maxMessageBytes;
        this.names = names;
    }

    /** Before the messaging channels subscribe, so no consumer makes a topic with the broker's defaults. */
    void provision(@Observes @Priority(2) StartupEvent start) throws InterruptedException {
        if (!enabled) {
            return;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            for (NewTopic topic : topics()) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                    LOG.infof("Created topic %s", topic.name());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create topic " + topic.name(), e.getCause());
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("Kafka did not answer creating " + topic.name(), e);
                }
            }
        }
    }

    List<NewTopic> topics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : List.of(Topics.CATALOGUE, Topics.ENROLMENT, Topics.SUBMISSION, Topics.ASSESSMENT,
                Topics.ISSUANCE, Topics.WALLET)) {
            NewTopic created = new NewTopic(names.of(topic), PARTITIONS, replicationFactor);
            Map<String, String> configs = new HashMap<>();
            configs.put("max.message.bytes", Integer.toString(maxMessageBytes));
            if (topic.equals(Topics.CATALOGUE)) {
                configs.put("cleanup.policy", "compact");
            }
            created.configs(configs);
            topics.add(created);
        }
        return topics;
    }
}
