package org.microcred.support.messaging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Stops the start of a service whose Kafka user may not read a topic it consumes or write one it produces or
 * dead-letters to. Without it such a service would look healthy: its consumer retries the refused poll for ever and
 * the readiness check stays UP (SmallRye's SRMSG18285 warning aside), and a refused write only parks outbox rows. The
 * broker says which operations the user may do on each topic ({@code includeAuthorizedOperations}); a broker without
 * an authorizer says nothing, and nothing is checked. A broker that does not answer in time is left to the channels'
 * own retries (logged), a missing topic to the operator that makes it. Off with
 * {@code microcred.kafka.check-access=false}.
 */
@Singleton
public class KafkaAccessCheck {

    private static final Logger LOG = Logger.getLogger(KafkaAccessCheck.class);

    private final boolean enabled;
    private final Map<String, Object> adminProperties;
    private final ServiceTopics topics;
    private final String user;

    @Inject
    public KafkaAccessCheck(KafkaTopicsConfig config, KafkaSecurityConfig security,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap, ServiceTopics topics) {
        this.enabled = config.checkAccess();
        this.adminProperties = TopicProvisioner.adminProperties(bootstrap, security.clientSecurity());
        this.topics = topics;
        this.user = security.clientSecurity().toString();
    }

    /** After TopicProvisioner (priority 2), before the channels' consumers matter. */
    void check(@Observes @Priority(3) StartupEvent start) throws InterruptedException {
        if (!enabled) {
            return;
        }
        Map<String, AclOperation> required = required(topics);
        Map<String, Set<AclOperation>> authorized = new LinkedHashMap<>();
        try (Admin admin = Admin.create(adminProperties)) {
            var described = admin.describeTopics(required.keySet(),
                    new DescribeTopicsOptions().includeAuthorizedOperations(true)).topicNameValues();
            for (String topic : required.keySet()) {
                try {
                    TopicDescription description = described.get(topic).get(30, TimeUnit.SECONDS);
                    if (description.authorizedOperations() != null) {
                        authorized.put(topic, description.authorizedOperations());
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TopicAuthorizationException) {
                        authorized.put(topic, Set.of());
                    } else if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                        LOG.warnf("Kafka topic %s does not exist (yet): its access is not checked", topic);
                    } else {
                        throw new IllegalStateException("Could not describe Kafka topic " + topic, e.getCause());
                    }
                } catch (TimeoutException e) {
                    LOG.warnf("Kafka did not answer describing %s: the access of %s is not checked", topic, user);
                    return;
                }
            }
        }
        List<String> refused = refused(required, authorized);
        if (!refused.isEmpty()) {
            throw new IllegalStateException("Kafka refuses " + user + ": " + String.join(", ", refused)
                    + " (no ACL; see deploy/infra/kafka/acls.txt or the service's KafkaUser)");
        }
    }

    /** What the service must be allowed on each topic: WRITE where it produces or dead-letters, READ where it reads. */
    static Map<String, AclOperation> required(ServiceTopics topics) {
        Map<String, AclOperation> required = new LinkedHashMap<>();
        topics.consumed().forEach(topic -> required.put(topic, AclOperation.READ));
        topics.produced().forEach(topic -> required.put(topic, AclOperation.WRITE));
        topics.deadLetters().forEach(topic -> required.put(topic, AclOperation.WRITE));
        return required;
    }

    /** Each required operation the broker does not list for its topic (a topic it listed nothing for is absent). */
    static List<String> refused(Map<String, AclOperation> required, Map<String, Set<AclOperation>> authorized) {
        List<String> refused = new ArrayList<>();
        required.forEach((topic, operation) -> {
            Set<AclOperation> allowed = authorized.get(topic);
            if (allowed != null && !allowed.contains(operation) && !allowed.contains(AclOperation.ALL)) {
                refused.add(operation + " on topic " + topic);
            }
        });
        return refused;
    }
}
