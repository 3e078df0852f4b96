package org.microcred.support.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class PublishFailureTest {

    @Test
    void aRecordKafkaCallsTooLargeOrUnserializableIsParkedAtOnce() {
        assertEquals(PublishFailure.PARK_NOW,
                PublishFailure.of(new CompletionException(new RecordTooLargeException("1900000 bytes"))));
        assertEquals(PublishFailure.PARK_NOW, PublishFailure.of(new SerializationException("bad")));
    }

    @Test
    void anUnavailableBrokerIsRetriedNotCounted() {
        assertEquals(PublishFailure.TRANSIENT, PublishFailure.of(new TimeoutException("expired")));
        assertEquals(PublishFailure.TRANSIENT, PublishFailure.of(new NotLeaderOrFollowerException("moving")));
        assertEquals(PublishFailure.TRANSIENT, PublishFailure.of(new IllegalStateException("channel not ready")));
    }

    @Test
    void anotherNonRetriableKafkaRefusalIsCounted() {
        assertEquals(PublishFailure.COUNT, PublishFailure.of(new InvalidTopicException("no such name")));
    }

    @Test
    void theReasonNamesKafkasError() {
        assertEquals("RecordTooLargeException: 1900000 bytes",
                PublishFailure.describe(new CompletionException(new RecordTooLargeException("1900000 bytes"))));
    }
}
