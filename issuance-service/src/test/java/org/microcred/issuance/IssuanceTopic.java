package org.microcred.issuance;

import java.time.Duration;
import java.util.List;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.Topics;
import org.microcred.support.testing.TestKafka;

/** What issuance published on {@code test.issuance.credentials.v1}. */
public final class IssuanceTopic {

    private IssuanceTopic() {
    }

    /** The events of one type published with this record key (an earner id), oldest first. */
    public static <T extends EventPayload> List<T> events(String earnerId, Class<T> type) {
        return TestKafka.read(Awards.PREFIX + Topics.ISSUANCE, Integer.MAX_VALUE, Duration.ofSeconds(3)).stream()
                .filter(r -> earnerId.equals(r.key()))
                .map(r -> EventCodec.decode(r.value()))
                .map(EventEnvelope::payload)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
