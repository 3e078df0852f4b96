package org.microcred.enrolment.background;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.CatalogueFixture;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.enrolment.webhook.rest.WebhookSigner;
import org.microcred.events.Topics;
import org.microcred.support.testing.TestKafka;

/**
 * The outbox relay and the LMS inbox start work when the commit that gave it to them is done, not at their next poll:
 * here both poll only once a minute, so anything done within a few seconds was done by a wake (issue 11: idle services
 * poll seldom, and a journey's hop must not wait for the poll). And the relays of several instances take turns.
 */
@Tag("servers")
@QuarkusTest
@TestProfile(WakeOnCommitTest.PollingOnceAMinute.class)
class WakeOnCommitTest {

    private static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(10);
    /** The lock OutboxRelay takes for each pass (AdvisoryLocks' key, "outbox-relay"), held here as another instance would. */
    private static final String LOCK_THE_RELAY = "SELECT pg_advisory_lock(hashtextextended('outbox-relay', 0))";
    private static final String UNLOCK_THE_RELAY = "SELECT pg_advisory_unlock(hashtextextended('outbox-relay', 0))";

    @Inject
    Pool pool;

    public static class PollingOnceAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("microcred.outbox.poll-interval", "60s", "microcred.lms.inbox-interval", "60s");
        }
    }

    @Test
    void anEventWrittenByARequestIsPublishedWithoutWaitingForThePoll() {
        UUID id = CatalogueFixture.published("nb-admin", "Woken " + UUID.randomUUID());

        TestKafka.await("test." + Topics.CATALOGUE, record -> (id + ":1").equals(record.key()), 1,
                WELL_BEFORE_THE_POLL);
    }

    /**
     * A relay's pass waits for the service's relay lock, which another instance's pass would hold: while it is held,
     * nothing is published, and once it is released the waiting pass publishes at once (not at the next poll).
     */
    @Test
    void aRelayWaitsForTheRelayLockAnotherInstanceHoldsThenPublishes() throws InterruptedException {
        SqlConnection otherInstance = pool.getConnectionAndAwait();
        try {
            otherInstance.query(LOCK_THE_RELAY).executeAndAwait();
            UUID id = CatalogueFixture.published("nb-admin", "Waits its turn " + UUID.randomUUID());
            Thread.sleep(3000);
            assertTrue(TestKafka.readToEnd("test." + Topics.CATALOGUE).stream()
                    .noneMatch(record -> (id + ":1").equals(record.key())), "nothing is published while another"
                    + " instance holds the relay lock");

            otherInstance.query(UNLOCK_THE_RELAY).executeAndAwait();
            TestKafka.await("test." + Topics.CATALOGUE, record -> (id + ":1").equals(record.key()), 1,
                    WELL_BEFORE_THE_POLL);
        } finally {
            otherInstance.closeAndAwait();
        }
    }

    @Test
    void aStoredLmsDeliveryIsAppliedWithoutWaitingForThePoll() {
        UUID achievement = EnrolmentFixture.published("Woken inbox " + UUID.randomUUID());
        String id = WebhookSigner.deliver("northbridge",
                WebhookSigner.enrolmentRequested(achievement, "woken-" + UUID.randomUUID()))
                .then().statusCode(202).extract().path("deliveryId");

        await().atMost(WELL_BEFORE_THE_POLL).pollInterval(Duration.ofMillis(100)).until(
                () -> WebhookSigner.status("northbridge", id).then().statusCode(200).extract().path("status"),
                "PROCESSED"::equals);
    }
}
