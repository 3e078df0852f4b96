package org.microcred.assessment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.support.testing.TestKafka;

/**
 * What assessment-service published on the test broker, by record key. One background reader per
 * test JVM follows the topic from its beginning, so each test only waits for its own events.
 */
public final class PublishedEvents {

    private static final Map<String, List<EventEnvelope<EventPayload>>> BY_KEY = new ConcurrentHashMap<>();
    private static volatile boolean started;

    private PublishedEvents() {
    }

    /** Waits until {@code count} events of {@code type} were published under {@code key}; answers them all. */
    public static <T extends EventPayload> List<T> await(String key, Class<T> type, int count) {
        start();
        return org.awaitility.Awaitility.await().atMost(AssessmentFixture.PATIENCE).until(() -> of(key, type), found -> found.size() >= count);
    }

    /** The events of {@code type} published under {@code key} so far, in order. */
    public static <T extends EventPayload> List<T> of(String key, Class<T> type) {
        start();
        return BY_KEY.getOrDefault(key, List.of()).stream().map(EventEnvelope::payload)
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** The envelopes published under {@code key} so far, in order. */
    public static List<EventEnvelope<EventPayload>> envelopes(String key) {
        start();
        return List.copyOf(BY_KEY.getOrDefault(key, List.of()));
    }

    private static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        Thread reader = new Thread(PublishedEvents::follow, "published-events-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private static void follow() {
        // As the broker's super user, like every client of the tests' harness (the service logs in as its own user).
        Properties props = TestKafka.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "assessment-test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(AssessmentFixture.PREFIX + Topics.ASSESSMENT));
            while (true) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (record.key() == null) {
                        return;
                    }
                    try {
                        BY_KEY.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>())
                                .add(EventCodec.decode(record.value()));
                    } catch (RuntimeException otherwise) {
                        // Not an event this version knows (another engineer's test on the shared broker).
                    }
                });
            }
        }
    }
}
