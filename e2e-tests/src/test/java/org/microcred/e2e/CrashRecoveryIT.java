package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A service killed with SIGKILL after committing a state change but before publishing its event
 * publishes the event after restart: the outbox row survived the crash.
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
        assertNotNull(publishedAt(enrolmentId), "the outbox row is marked published");
    }

    private Timestamp publishedAt(String enrolmentId) throws Exception {
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
