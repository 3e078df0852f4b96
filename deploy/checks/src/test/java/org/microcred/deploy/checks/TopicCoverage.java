package org.microcred.deploy.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every topic the code names has a KafkaTopic, and no KafkaTopic names a topic the code does not use: the event
 * topics of Topics, each service's incoming and outgoing channels' topics and their dead-letter topics. The
 * compacted ones are compacted, and every topic takes the largest record the outbox producer may send.
 */
final class TopicCoverage {

    private static final Pattern OUTGOING_TOPIC = Pattern.compile("mp\\.messaging\\.outgoing\\.([^.]+)\\.topic");
    /** The outbox relay's channel: every record it sends names its topic. */
    private static final String OUTBOX_CHANNEL = "outbox";
    /** Kafka's default message.max.bytes: what a topic takes when its max.message.bytes is not set. */
    private static final long BROKER_DEFAULT_MAX_MESSAGE_BYTES = 1048588;

    private TopicCoverage() {
    }

    /** The topics the code names, each with who names it. */
    static Map<String, Set<String>> topicsTheCodeNames(List<ServiceModule> services) {
        Map<String, Set<String>> topics = new TreeMap<>();
        CodeFacts.eventTopics().forEach(t -> named(topics, t, "org.microcred.events.Topics"));
        for (ServiceModule service : services) {
            service.incomingTopics().forEach(t -> named(topics, t, service.name() + " (incoming)"));
            service.deadLetterTopics().forEach(t -> named(topics, t, service.name() + " (dead letters)"));
            service.properties().forEach((key, value) -> {
                Matcher m = OUTGOING_TOPIC.matcher(key);
                // The outbox channel's own topic (microcred.unrouted) is only SmallRye's required default: the relay
                // sends each record to its event's topic, so nothing is ever written there and it needs no KafkaTopic.
                if (m.matches() && !m.group(1).equals(OUTBOX_CHANNEL)) {
                    named(topics, ServiceModule.topicName(value), service.name() + " (outgoing)");
                }
            });
        }
        return topics;
    }

    private static void named(Map<String, Set<String>> topics, String topic, String by) {
        topics.computeIfAbsent(topic, t -> new TreeSet<>()).add(by);
    }

    static List<String> problems(Manifests manifests, List<ServiceModule> services) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> needed = topicsTheCodeNames(services);
        Map<String, KubeObject> declared = new TreeMap<>();
        for (KubeObject topic : manifests.ofKind("KafkaTopic")) {
            String name = topic.string("spec", "topicName") != null ? topic.string("spec", "topicName") : topic.name();
            if (declared.put(name, topic) != null) {
                problems.add("topic " + name + " has two KafkaTopics");
            }
        }
        needed.forEach((topic, by) -> {
            if (!declared.containsKey(topic)) {
                problems.add("topic " + topic + ", named by " + by + ", has no KafkaTopic");
            }
        });
        declared.forEach((topic, object) -> {
            if (!needed.containsKey(topic)) {
                problems.add(object.id() + ": topic " + topic + " is not named by the code");
            }
        });
        for (String topic : CodeFacts.compactedTopics()) {
            KubeObject object = declared.get(topic);
            if (object != null && !"compact".equals(object.string("spec", "config", "cleanup.policy"))) {
                problems.add(object.id() + ": topic " + topic + " is compacted (Topics.java) but its cleanup.policy is "
                        + object.string("spec", "config", "cleanup.policy"));
            }
        }
        long largestRecord = largestOutboxRecord(services);
        for (String topic : CodeFacts.eventTopics()) {
            KubeObject object = declared.get(topic);
            String configured = object == null ? null : object.string("spec", "config", "max.message.bytes");
            long limit = configured == null ? BROKER_DEFAULT_MAX_MESSAGE_BYTES : Long.parseLong(configured);
            if (object != null && limit < largestRecord) {
                problems.add(object.id() + ": max.message.bytes " + limit + " is below the outbox producer's"
                        + " max.request.size " + largestRecord + ": the largest events would be refused");
            }
        }
        problems.addAll(clusterLabels(manifests));
        return problems;
    }

    /** The outbox channel's max.request.size, the largest of all services. */
    private static long largestOutboxRecord(List<ServiceModule> services) {
        return services.stream()
                .map(s -> s.config(Map.of()).property("mp.messaging.outgoing.outbox.max.request.size").orElse("0"))
                .mapToLong(Long::parseLong).max().orElse(0);
    }

    /** Strimzi's operators act only on topics and users labelled with a Kafka cluster of the overlay. */
    static List<String> clusterLabels(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        Set<String> clusters = new TreeSet<>(manifests.ofKind("Kafka").stream().map(KubeObject::name).toList());
        for (String kind : List.of("KafkaTopic", "KafkaUser", "KafkaNodePool")) {
            for (KubeObject object : manifests.ofKind(kind)) {
                Object cluster = object.map("metadata", "labels").get("strimzi.io/cluster");
                if (cluster == null || !clusters.contains(cluster.toString())) {
                    problems.add(object.id() + ": label strimzi.io/cluster is " + cluster + ", not a Kafka of "
                            + manifests + " " + clusters);
                }
            }
        }
        return problems;
    }
}
