package org.microcred.enrolment.background;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
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
 * poll seldom, and a journey's hop must not wait for the poll).
 */
@Tag("servers")
@QuarkusTest
@TestProfile(WakeOnCommitTest.PollingOnceAMinute.class)
class WakeOnCommitTest {

    private static final Duration WELL_BEFORE_THE_POLL = Duration.ofSeconds(10);

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
