package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A service killed with SIGKILL after committing a state change but before publishing its event
 * publishes the event after restart: the outbox row survived the crash. Likewise an LMS delivery
 * answered 202 but not yet applied is applied after restart: the inbox row survived.
 */
class CrashRecoveryIT {

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;

    @Test
    void anEnrolmentCommittedButNotPublishedWhenTheServiceIsKilledIsPublishedAfterRestart() throws Exception {
        String achievementId = client.publishAchievement("nb-admin", "Survives a crash");
        ServiceProcess enrolment = system.service("enrolment");

        // Hold the relay, so the window between commit and publish stays open while we kill.
        enrolment.kill();
        enrolment.start(Map.of("MICROCRED_OUTBOX_RELAY_ENABLED", "false"));
        String enrolmentId = client.enrol("nb-earner2", achievementId);
        assertNull(publishedAt(enrolmentId), "committed but not yet published");
        Http.Reply early = new Http().post(client.endpoints().submission() + "/api/v1/submissions",
                client.token("nb-earner2"), Map.of("enrolmentId", enrolmentId));
        assertEquals(404, early.status(), "the next stage has not heard of the enrolment: " + early.text());

        enrolment.kill();
        enrolment.start(Map.of());

        String draft = client.openDraft("nb-earner2", enrolmentId);
        assertNotNull(draft, "the next stage received the event after the restart");
        // The relay marks the row once the broker acknowledged it, in a transaction that may commit
        // just after a fast consumer has acted on the event: wait for it, briefly.
        assertNotNull(Poll.until("the outbox row marked published", Duration.ofSeconds(10),
                () -> Optional.ofNullable(publishedAt(enrolmentId))), "the outbox row is marked published");
    }

    @Test
    void anLmsDeliveryAcceptedButNotAppliedWhenTheServiceIsKilledIsAppliedAfterRestart() {
        String achievementId = client.publishAchievement("nb-admin", "Inbox survives a crash");
        ServiceProcess enrolment = system.service("enrolment");
        LmsWebhook lms = new LmsWebhook(client);

        // Hold the inbox processor, so the delivery is stored (202) and still waiting when we kill.
        enrolment.kill();
        enrolment.start(Map.of("MICROCRED_LMS_INBOX_ENABLED", "false"));
        Map<String, Object> learner = LmsWebhook.learner(client.tokens().claims("nb-earner2"));
        String deliveryId = LmsWebhook.accepted(lms.deliver("northbridge",
                LmsWebhook.enrolmentRequested(achievementId, learner)));
        assertEquals("RECEIVED", lms.status("northbridge", deliveryId).expect(200).at("/status"));

        enrolment.kill();
        enrolment.start(Map.of());

        JsonNode applied = lms.awaitSettled("northbridge", deliveryId);
        assertEquals("PROCESSED", applied.path("status").asText(), applied.toString());
        String enrolmentId = applied.at("/result/enrolmentId").asText();
        assertNotNull(client.openDraft("nb-earner2", enrolmentId), "the enrolment made after the restart is published");
    }

    private Timestamp publishedAt(String enrolmentId) {
        try {
            return publishedAtNow(enrolmentId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Timestamp publishedAtNow(String enrolmentId) throws SQLException {
        try (Connection db = system.database("enrolment");
                PreparedStatement query = db.prepareStatement(
                        "SELECT published_at FROM outbox_event WHERE event_type = 'enrolment.created' AND subject = ?")) {
            query.setString(1, enrolmentId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new AssertionError("no outbox row for enrolment " + enrolmentId);
                }
                return row.getTimestamp(1);
            }
        }
    }
}
