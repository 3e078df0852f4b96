package org.microcred.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.microcred.events.EventCodec;
import org.microcred.events.EventPayload;
import org.microcred.support.testing.TestKafka;

/** Reads, re-sends and watches records on the real broker, as an operator replaying a topic would. */
final class KafkaProbe {

    /** As the broker's super user (bin/infra env), like every client of the tests' harness. */
    private static Properties clientProperties() {
        return TestKafka.clientProperties();
    }

    /** Every record of a topic so far. */
    List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties props = clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            while (emptyPolls < 4) {
                var batch = consumer.poll(Duration.ofMillis(500));
                if (batch.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                batch.forEach(records::add);
            }
        }
        return records;
    }

    Optional<ConsumerRecord<String, String>> find(String topic, String containing) {
        return readAll(topic).stream().filter(r -> r.value().contains(containing)).findFirst();
    }

    /** The first record of one event type whose text contains {@code containing} (a topic carries several types). */
    Optional<ConsumerRecord<String, String>> find(String topic, String type, String containing) {
        return readAll(topic).stream()
                .filter(r -> r.value().contains(containing) && type.equals(EventCodec.decode(r.value()).type()))
                .findFirst();
    }

    /** Every event of one type on a topic, decoded, whose record text contains {@code containing}. */
    <P extends EventPayload> List<P> payloads(String topic, String type, Class<P> payloadClass, String containing) {
        return readAll(topic).stream()
                .filter(r -> r.value().contains(containing))
                .map(r -> EventCodec.decode(r.value()))
                .filter(event -> type.equals(event.type()))
                .map(event -> payloadClass.cast(event.payload()))
                .toList();
    }

    /**
     * Waits until every consumer group of a service (its name, or its name and a suffix, for channels
     * that consume the same topic in a group of their own) has committed past every record now in the
     * topic: whatever the service will do with those records, it has done.
     */
    void awaitConsumedByService(String service, String topic, Duration within) {
        Properties props = clientProperties();
        try (Admin admin = Admin.create(props)) {
            List<String> groups = admin.listConsumerGroups().all().get().stream()
                    .map(listing -> listing.groupId())
                    .filter(group -> group.equals(service) || group.startsWith(service + "-")
                            || group.startsWith(service + "."))
                    .toList();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                if (group.equals(service) || committed.keySet().stream().anyMatch(p -> p.topic().equals(topic))) {
                    awaitConsumed(group, topic, within);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Could not list the consumer groups of " + service, e);
        }
    }

    /** Sends a record again exactly as it was: same key, same value, so the same event id. */
    void resend(ConsumerRecord<String, String> record) {
        Properties props = clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value())).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not re-send to " + record.topic(), e);
        }
    }

    /** Waits until the consumer group has committed past every record now in the topic. */
    void awaitConsumed(String group, String topic, Duration within) {
        Properties props = clientProperties();
        try (Admin admin = Admin.create(props)) {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            Poll.until(group + " to consume " + topic, within, () -> {
                try {
                    Map<TopicPartition, OffsetAndMetadata> committed =
                            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                    boolean done = ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                            || (committed.get(end.getKey()) != null
                                    && committed.get(end.getKey()).offset() >= end.getValue().offset()));
                    return done ? Optional.of(true) : Optional.empty();
                } catch (Exception e) {
                    return Optional.empty();
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("Could not watch " + group + " on " + topic, e);
        }
    }
}
