package org.microcred.submission.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.submission.TestDb;
import org.microcred.submission.rest.Journeys;
import org.microcred.support.testing.TestKafka;

/** The prompts of each published version from catalogue.achievements.v1, each applied once. */
@Tag("servers")
@QuarkusTest
class CatalogueEventHandlerTest {

    private static final String PREFIX = Journeys.PREFIX;

    @Test
    void theSameCatalogueEventDeliveredTwiceHasOneEffect() {
        UUID achievementId = UUID.randomUUID();
        var published = Journeys.achievement(achievementId, 1, Journeys.KINDS, null, 2);
        EventEnvelope<EventPayload> event = EventEnvelope.wrap(published, "northbridge", achievementId.toString(),
                Instant.now(), null);
        TestKafka.publish(PREFIX, achievementId.toString(), event);
        TestKafka.publish(PREFIX, achievementId.toString(), event);
        // Version 2 on the same key comes after both copies.
        TestKafka.publish(PREFIX, achievementId.toString(), EventEnvelope.wrap(
                Journeys.achievement(achievementId, 2, Journeys.KINDS, null, 2), "northbridge",
                achievementId.toString(), Instant.now(), null));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("SELECT count(*) FROM achievement_prompts WHERE achievement_id = ?", achievementId) == 2);
        assertEquals(1, count("SELECT count(*) FROM processed_event WHERE event_id = ?", event.eventId()));
        assertEquals(1, count("SELECT count(*) FROM achievement_prompts WHERE achievement_id = ? AND version = 1"
                + " AND max_attempts = 2 AND evidence_prompts LIKE '%\"allowedMediaTypes\":[\"image/png\"%'", achievementId));
    }

    private static long count(String sql, Object id) {
        return TestDb.count(sql, id);
    }
}
