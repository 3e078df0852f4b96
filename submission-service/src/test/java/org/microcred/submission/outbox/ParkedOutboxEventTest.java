package org.microcred.submission.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.submission.outbox.OutboxRows.Row;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/**
 * One bad event never stops publishing (issue 9 B): a row over the event maximum in one tenant is parked with its
 * reason, the later row of its key waits behind it, and another tenant's events still arrive on Kafka; an operator
 * (issuer-admin of the row's tenant) retries or drops parked rows through /api/v1/ops/outbox.
 */
@Tag("servers")
@QuarkusTest
class ParkedOutboxEventTest {

    private static final String PREFIX = "test.";
    private static final String TOPIC = PREFIX + OutboxRows.TOPIC;
    private static final String OPS = "/api/v1/ops/outbox";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @BeforeAll
    static void topic() throws Exception {
        OutboxRows.createTopics(PREFIX);
    }

    @Test
    void aTooLargeEventIsParkedWhileOtherTenantsEventsArriveAndDroppingItReleasesItsKey() {
        String poisonedKey = "poisoned-" + UUID.randomUUID();
        Row poisoned = Row.of("northbridge", poisonedKey, 1_000_001);
        Row behindIt = Row.of("northbridge", poisonedKey, 200);
        Row otherTenant = Row.of("southport", "healthy-" + UUID.randomUUID(), 200);
        Row sameTenantOtherKey = Row.of("northbridge", "healthy-" + UUID.randomUUID(), 200);
        OutboxRows.insert(poisoned, behindIt, otherTenant, sameTenantOtherKey);

        // Both rows written after the poisoned one arrive: the relay did not stop at it.
        TestKafka.await(TOPIC, r -> r.value().contains(otherTenant.eventId().toString())
                || r.value().contains(sameTenantOtherKey.eventId().toString()), 2, WITHIN);
        assertEquals("parked", OutboxRows.stateOf(poisoned.eventId()));
        assertTrue(OutboxRows.parkReasonOf(poisoned.eventId()).startsWith("too-large: the event has 1000001 bytes"),
                OutboxRows.parkReasonOf(poisoned.eventId()));
        // The later event of the poisoned key waits, so that key's events are never seen out of order.
        assertEquals("waiting", OutboxRows.stateOf(behindIt.eventId()));

        given().auth().oauth2(Tokens.user("nb-admin")).get(OPS + "/parked?limit=200").then().statusCode(200)
                .body("eventId", hasItem(poisoned.eventId().toString()))
                .body("find { it.eventId == '" + poisoned.eventId() + "' }.bytes", equalTo(1_000_001))
                .body("find { it.eventId == '" + poisoned.eventId() + "' }.parkReason", containsString("too-large"));
        given().auth().oauth2(Tokens.user("nb-admin")).get(OPS).then().statusCode(200)
                .body("tenantId", equalTo("northbridge"));
        // Another institution's admin neither sees nor moves it.
        given().auth().oauth2(Tokens.user("sp-admin")).get(OPS + "/parked?limit=200").then().statusCode(200)
                .body("eventId", not(hasItem(poisoned.eventId().toString())));
        given().auth().oauth2(Tokens.user("sp-admin")).delete(OPS + "/parked/" + poisoned.eventId())
                .then().statusCode(404).contentType("application/problem+json");

        given().auth().oauth2(Tokens.user("nb-admin")).queryParam("reason", "rubric too large, re-issued")
                .delete(OPS + "/parked/" + poisoned.eventId()).then().statusCode(204);
        assertEquals("gone", OutboxRows.stateOf(poisoned.eventId()));
        assertEquals(Tokens.subject("nb-admin"), OutboxRows.droppedBy(poisoned.eventId()));
        TestKafka.await(TOPIC, r -> r.value().contains(behindIt.eventId().toString()), 1, WITHIN);
        given().auth().oauth2(Tokens.user("nb-admin")).delete(OPS + "/parked/" + poisoned.eventId())
                .then().statusCode(404).body("type", equalTo("https://microcred.org/problems/not-found"));
    }

    @Test
    void aRetriedRowIsPublishedBeforeTheRowsHeldBehindIt() {
        String key = "retried-" + UUID.randomUUID();
        Row parked = Row.of("northbridge", key, 300).asParked();
        Row behindIt = Row.of("northbridge", key, 300);
        Row marker = Row.of("southport", "marker-" + UUID.randomUUID(), 100);
        OutboxRows.insert(parked, behindIt, marker);
        TestKafka.await(TOPIC, r -> r.value().contains(marker.eventId().toString()), 1, WITHIN);
        assertEquals("waiting", OutboxRows.stateOf(behindIt.eventId()));

        given().auth().oauth2(Tokens.user("sp-admin")).post(OPS + "/parked/" + parked.eventId() + "/retry")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-admin")).post(OPS + "/parked/" + parked.eventId() + "/retry")
                .then().statusCode(204);

        Set<String> ids = Set.of(parked.eventId().toString(), behindIt.eventId().toString());
        List<ConsumerRecord<String, String>> arrived = TestKafka.await(TOPIC,
                r -> ids.stream().anyMatch(r.value()::contains), 2, WITHIN);
        ConsumerRecord<String, String> first = arrived.get(0);
        ConsumerRecord<String, String> second = arrived.get(1);
        assertEquals(first.partition(), second.partition());
        assertTrue(first.offset() < second.offset());
        assertTrue(first.value().contains(parked.eventId().toString()), "the retried row comes first");
        await().atMost(WITHIN).until(() -> "published".equals(OutboxRows.stateOf(parked.eventId())));
    }

    @Test
    void aRecordKafkaRefusesAsTooLargeIsParkedAndTheRelayGoesOn() {
        // Under the outbox's maximum, over the topic's max.message.bytes (2048): the broker refuses it.
        Row refused = Row.of("northbridge", "refused-" + UUID.randomUUID(), 4000).on(OutboxRows.SMALL_TOPIC);
        Row after = Row.of("southport", "after-" + UUID.randomUUID(), 200);
        OutboxRows.insert(refused, after);

        TestKafka.await(TOPIC, r -> r.value().contains(after.eventId().toString()), 1, WITHIN);
        await().atMost(WITHIN).until(() -> "parked".equals(OutboxRows.stateOf(refused.eventId())));
        assertTrue(OutboxRows.parkReasonOf(refused.eventId()).startsWith("refused: RecordTooLargeException"),
                OutboxRows.parkReasonOf(refused.eventId()));
        // The channel still publishes after Kafka's refusal.
        Row later = Row.of("southport", "later-" + UUID.randomUUID(), 200);
        OutboxRows.insert(later);
        TestKafka.await(TOPIC, r -> r.value().contains(later.eventId().toString()), 1, WITHIN);
    }

    @Test
    void aMalformedIdIsAProblemNotA500() {
        given().auth().oauth2(Tokens.user("nb-admin")).post(OPS + "/parked/not-a-uuid/retry")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("eventId"));
        given().auth().oauth2(Tokens.user("nb-admin")).delete(OPS + "/parked/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyAnIssuerAdminMayCallIt() {
        given().auth().oauth2(Tokens.user("nb-earner")).get(OPS + "/parked").then().statusCode(403);
        given().get(OPS + "/parked").then().statusCode(401);
    }
}
