package org.microcred.support.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicProvisionerTest {

    private final ServiceTopics named = new ServiceTopics(
            List.of("e2e-x.catalogue.achievements.v1", "e2e-x.enrolment.events.v1"),
            List.of("e2e-x.submission.events.v1"),
            List.of("e2e-x.submission.events.v1.enrolment-service.dlq"));
    private final TopicProvisioner provisioner = new TopicProvisioner(true, Map.of(), (short) 1, 1048588,
            new TopicNames("e2e-x."), named.all());

    @Test
    void createsOnlyTheTopicsItsConfigurationNamesWithSixPartitions() {
        Map<String, NewTopic> topics = provisioner.topics().stream()
                .collect(Collectors.toMap(NewTopic::name, t -> t));
        assertEquals(named.all(), provisioner.topics().stream().map(NewTopic::name).toList());
        topics.values().forEach(t -> assertEquals(6, t.numPartitions(), t.name()));
    }

    @Test
    void onlyTheCatalogueIsCompacted() {
        Map<String, String> policies = provisioner.topics().stream().collect(Collectors.toMap(NewTopic::name,
                t -> t.configs() == null ? "delete" : t.configs().getOrDefault("cleanup.policy", "delete")));
        assertEquals("compact", policies.get("e2e-x.catalogue.achievements.v1"));
        assertEquals(3, policies.values().stream().filter("delete"::equals).count());
    }

    @Test
    void everyTopicStatesItsMaximumMessageSize() {
        provisioner.topics().forEach(t -> assertEquals("1048588", t.configs().get("max.message.bytes"), t.name()));
    }

    @Test
    void theAdminClientAuthenticatesAsTheChannelsDo() {
        KafkaClientSecurity security = new KafkaClientSecurity("SASL_PLAINTEXT", "SCRAM-SHA-512",
                Optional.of("wallet-service"), Optional.of("pw"), Optional.empty());
        Map<String, Object> props = TopicProvisioner.adminProperties("127.0.0.1:1", security);
        assertEquals("127.0.0.1:1", props.get("bootstrap.servers"));
        security.clientProperties().forEach((key, value) -> assertEquals(value, props.get(key), key));
    }
}
