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
 * Creates the topics this service's configuration names ({@link ServiceTopics}: those it publishes, consumes and
 * dead-letters to), when missing, with the settings the design relies on: 6 partitions, an explicit
 * {@code max.message.bytes} (consistent with the outbox's event maximum), and the catalogue compacted (it holds the
 * full state of each definition version, kept for every new consumer, not only for the broker's retention time).
 * Creating a topic that exists changes nothing, so every service may do it; each creates only topics its own Kafka
 * ACLs grant Create on. Where an operator manages topics (Strimzi KafkaTopic resources), turn it off with
 * {@code microcred.kafka.provision-topics=false} (MICROCRED_KAFKA_PROVISION_TOPICS=false). The admin client
 * authenticates as the service's channels do ({@link KafkaClientSecurity}).
 */
@Singleton
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);
    static final int PARTITIONS = 6;

    private final boolean enabled;
    private final Map<String, Object> adminProperties;
    private final short replicationFactor;
    private final int maxMessageBytes;
    private final TopicNames names;
    private final List<String> topicNames;

    @Inject
    public TopicProvisioner(KafkaTopicsConfig config, KafkaSecurityConfig security,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap, TopicNames names,
            ServiceTopics serviceTopics) {
        this(config.provisionTopics(), adminProperties(bootstrap, security.clientSecurity()),
                config.replicationFactor(), config.maxMessageBytes(), names, serviceTopics.all());
    }

    TopicProvisioner(boolean enabled, Map<String, Object> adminProperties, short replicationFactor,
            int maxMessageBytes, TopicNames names, List<String> topicNames) {
        this.enabled = enabled;
        this.adminProperties = adminProperties;
        this.replicationFactor = replicationFactor;
        this.maxMessageBytes = maxMessageBytes;
        this.names = names;
        this.topicNames = List.copyOf(topicNames);
    }

    static Map<String, Object> adminProperties(String bootstrap, KafkaClientSecurity security) {
        Map<String, Object> props = new HashMap<>(security.clientProperties());
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return props;
    }

    /**
     * Before the messaging channels subscribe, so no consumer makes a topic with the broker's defaults. A topic it may
     * not create (no ACL) stops the start with the broker's TopicAuthorizationException.
     */
    void provision(@Observes @Priority(2) StartupEvent start) throws InterruptedException {
        if (!enabled) {
            return;
        }
        try (Admin admin = Admin.create(adminProperties)) {
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
        for (String name : topicNames) {
            NewTopic created = new NewTopic(name, PARTITIONS, replicationFactor);
            Map<String, String> configs = new HashMap<>();
            configs.put("max.message.bytes", Integer.toString(maxMessageBytes));
            if (name.equals(names.of(Topics.CATALOGUE))) {
                configs.put("cleanup.policy", "compact");
            }
            created.configs(configs);
            topics.add(created);
        }
        return topics;
    }
}
