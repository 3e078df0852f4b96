package org.microcred.support.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventType;

/** Sends and reads records on the real broker of bin/infra, for tests. */
public final class TestKafka {

    private TestKafka() {
    }

    public static String bootstrap() {
        return TestServerSettings.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:59092");
    }

    /**
     * Bootstrap servers and the login of the broker's super user (bin/infra env: MICROCRED_KAFKA_ADMIN_USER/_PASSWORD),
     * for every client of the tests' harness: it reads and writes any test topic, while the services under test log in
     * as their own users. The properties are those service-support's KafkaClientSecurity makes (this jar goes to the
     * end-to-end tests without service-support's classes; TestKafkaLoginTest checks the two agree).
     */
    public static Properties clientProperties() {
        return clientProperties(TestServerSettings.environment());
    }

    static Properties clientProperties(Map<String, String> env) {
        Properties props = new Properties();
        props.put("bootstrap.servers", env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:59092"));
        String protocol = env.getOrDefault("MICROCRED_KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
        props.put("security.protocol", protocol);
        if (protocol.startsWith("SASL_")) {
            String user = required(env, "MICROCRED_KAFKA_ADMIN_USER");
            String password = required(env, "MICROCRED_KAFKA_ADMIN_PASSWORD");
            props.put("sasl.mechanism", env.getOrDefault("MICROCRED_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512"));
            props.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                    + user + "\" password=\"" + password + "\";");
        }
        String truststore = env.getOrDefault("MICROCRED_KAFKA_TRUSTSTORE_LOCATION", "");
        if (protocol.endsWith("SSL") && !truststore.isBlank()) {
            props.put("ssl.truststore.type", "PEM");
            props.put("ssl.truststore.location", truststore);
        }
        return props;
    }

    private static String required(Map<String, String> env, String variable) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: run eval \"$(bin/infra env)\" first");
        }
        return value;
    }

    /** Publishes an event to its topic under {@code prefix}, as a producing service would. */
    public static void publish(String prefix, String key, EventEnvelope<?> event) {
        send(prefix + EventType.byName(event.type()).topic(), key, EventCodec.encode(event));
    }

    public static void send(String topic, String key, String value) {
        Properties props = clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /**
     * Waits until {@code count} records of the topic match, and answers those seen (at least {@code count}). Fails,
     * naming the topic, when fewer arrived within the time: a test waits only as long as the event takes.
     */
    public static List<ConsumerRecord<String, String>> await(String topic,
            Predicate<ConsumerRecord<String, String>> match, int count, Duration within) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + within.toNanos();
            while (matching.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (match.test(record)) {
                        matching.add(record);
                    }
                });
            }
        }
        if (matching.size() < count) {
            throw new AssertionError("Expected " + count + " matching records on " + topic + " within " + within
                    + ", saw " + matching.size());
        }
        return matching;
    }

    /**
     * Every record the topic holds now: reads from the beginning up to the end offsets found when called, and
     * returns as soon as it got there (an empty or missing topic answers at once). It proves an absence only once
     * something else proved that the record in question would already be there, e.g. the consumer's effect.
     */
    public static List<ConsumerRecord<String, String>> readToEnd(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!caughtUp(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end offsets " + ends);
                }
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        return records;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
