package org.microcred.issuance;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.microcred.events.EventCodec;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.support.testing.TestKafka;

/** What issuance published on {@code test.issuance.credentials.v1}. */
public final class IssuanceTopic {

    public static final String TOPIC = Awards.PREFIX + Topics.ISSUANCE;

    private IssuanceTopic() {
    }

    /**
     * Waits until at least {@code count} events of one type were published with this record key (an earner id),
     * and answers those seen, oldest first. Fails, naming the topic, when fewer arrive within 30 s.
     */
    public static <T extends EventPayload> List<T> await(String earnerId, Class<T> type, int count) {
        return TestKafka.await(TOPIC, r -> earnerId.equals(r.key()) && type.isInstance(payload(r)), count,
                        Duration.ofSeconds(30)).stream()
                .map(r -> type.cast(payload(r)))
                .toList();
    }

    private static EventPayload payload(ConsumerRecord<String, String> record) {
        return EventCodec.decode(record.value()).payload();
    }
}
