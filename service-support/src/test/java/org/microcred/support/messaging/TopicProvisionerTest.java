package org.microcred.support.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicProvisionerTest {

    private final TopicProvisioner provisioner =
            new TopicProvisioner(true, "unused:9092", (short) 1, 1048588, new TopicNames("e2e-x."));

    @Test
    void everyEventTopicGetsSixPartitionsUnderThePrefix() {
        Map<String, NewTopic> topics = provisioner.topics().stream()
                .collect(Collectors.toMap(NewTopic::name, t -> t));
        assertEquals(6, topics.size());
        topics.values().forEach(t -> assertEquals(6, t.numPartitions(), t.name()));
        assertEquals(true, topics.containsKey("e2e-x.submission.events.v1"));
    }

    @Test
    void onlyTheCatalogueIsCompacted() {
        Map<String, String> policies = provisioner.topics().stream().collect(Collectors.toMap(NewTopic::name,
                t -> t.configs() == null ? "delete" : t.configs().getOrDefault("cleanup.policy", "delete")));
        assertEquals("compact", policies.get("e2e-x.catalogue.achievements.v1"));
        assertEquals(5, policies.values().stream().filter("delete"::equals).count());
    }

    @Test
    void everyTopicStatesItsMaximumMessageSize() {
        provisioner.topics().forEach(t -> assertEquals("1048588", t.configs().get("max.message.bytes"), t.name()));
    }
}
