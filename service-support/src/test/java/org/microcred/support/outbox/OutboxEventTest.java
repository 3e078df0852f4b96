package org.microcred.support.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a failed send parks a row: the relay's rule, on the row itself. */
class OutboxEventTest {

    private static final Instant NOW = Instant.parse("2026-12-04T15:00:00Z");

    @Test
    void aRecordKafkaRefusesIsParkedAtOnceWithItsReason() {
        OutboxEvent row = new OutboxEvent();
        assertTrue(row.failed(PublishFailure.PARK_NOW, "RecordTooLargeException: too big", 5, NOW));
        assertEquals(NOW, row.parkedAt);
        assertEquals("refused: RecordTooLargeException: too big", row.parkReason);
    }

    @Test
    void anotherNonRetriableRefusalParksOnlyAtTheMaximumInARow() {
        OutboxEvent row = new OutboxEvent();
        for (int i = 1; i < 5; i++) {
            assertFalse(row.failed(PublishFailure.COUNT, "InvalidTopicException: no", 5, NOW));
        }
        assertEquals(4, row.failedAttempts);
        assertNull(row.parkedAt);
        assertTrue(row.failed(PublishFailure.COUNT, "InvalidTopicException: no", 5, NOW));
        assertEquals("failed 5 times: InvalidTopicException: no", row.parkReason);
    }

    @Test
    void aTransientFailureIsNeverCountedSoABrokerAwayParksNothing() {
        OutboxEvent row = new OutboxEvent();
        for (int i = 0; i < 100; i++) {
            assertFalse(row.failed(PublishFailure.TRANSIENT, "TimeoutException: expired", 5, NOW));
        }
        assertEquals(0, row.failedAttempts);
        assertNull(row.parkedAt);
    }

    @Test
    void publishingEndsARunOfFailures() {
        OutboxEvent row = new OutboxEvent();
        row.failed(PublishFailure.COUNT, "InvalidTopicException: no", 5, NOW);
        row.published(NOW);
        assertEquals(0, row.failedAttempts);
        assertNull(row.lastError);
        assertEquals(NOW, row.publishedAt);
    }
}
