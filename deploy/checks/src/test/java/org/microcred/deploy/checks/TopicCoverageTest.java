package org.microcred.deploy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every topic the code names has a KafkaTopic with the settings the code relies on, and there are no others. */
class TopicCoverageTest {

    static List<String> overlays() {
        return Manifests.requireOverlayNames();
    }

    @ParameterizedTest(name = "overlay {0}")
    @MethodSource("overlays")
    void everyTopicTheCodeNamesHasItsKafkaTopic(String overlay) {
        assertEquals(List.of(), TopicCoverage.problems(Manifests.overlay(overlay), ServiceModule.all()));
    }

    @Test
    void theCodeNamesTheEventTopicsAndTheDeadLetterTopics() {
        var topics = TopicCoverage.topicsTheCodeNames(ServiceModule.all()).keySet();
        assertTrue(topics.containsAll(CodeFacts.eventTopics()), topics::toString);
        assertTrue(topics.stream().anyMatch(t -> t.endsWith(".dlq")), topics::toString);
        assertTrue(CodeFacts.compactedTopics().contains("catalogue.achievements.v1"), "Topics.CATALOGUE is compacted");
    }

    @Test
    void missingStrayAndMisconfiguredTopicsAreFound() {
        List<String> problems = TopicCoverage.problems(Manifests.fixture("consistency/topics.yaml"),
                ServiceModule.all());
        assertTrue(problems.contains("topic wallet.events.v1, named by [enrolment-service (incoming),"
                + " issuance-service (incoming), org.microcred.events.Topics], has no KafkaTopic"), problems::toString);
        assertTrue(problems.contains("topic issuance.credentials.v1.wallet-service.dlq, named by"
                + " [wallet-service (dead letters)], has no KafkaTopic"), problems::toString);
        assertTrue(problems.contains("KafkaTopic/stray: topic orders.v1 is not named by the code"),
                problems::toString);
        assertTrue(problems.contains("KafkaTopic/catalogue: topic catalogue.achievements.v1 is compacted (Topics.java)"
                + " but its cleanup.policy is delete"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("KafkaTopic/enrolment: max.message.bytes 1000 is"
                + " below the outbox producer's max.request.size")), problems::toString);
        assertTrue(problems.contains("KafkaTopic/stray: label strimzi.io/cluster is other, not a Kafka of fixture"
                + " consistency/topics.yaml [microcred-kafka]"), problems::toString);
    }
}
