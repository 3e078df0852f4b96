package org.microcred.enrolment.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.notification.NotificationFixture.enrolled;
import static org.microcred.enrolment.notification.NotificationFixture.rows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.notification.NotificationFixture.Journey;
import org.microcred.enrolment.notification.service.NotificationReminders;

/**
 * The scheduled notifications: an enrolment about to expire and a quiet earner, each once per period. The passes run
 * at the real time on an enrolment made quiet in the database (a pass in the future would remind every other test's
 * enrolment too).
 */
@Tag("servers")
@QuarkusTest
class NotificationRemindersTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    NotificationReminders reminders;

    @Test
    void theExpiryReminderAndTheNudgeAreWrittenOncePerPeriod() {
        Journey j = enrolled("nb-earner2", "Reminders " + UUID.randomUUID(), Map.of("inactivityExpiryDays", 30));
        quietFor(j, "20 days"); // expires in 10 days: beyond the 3-day lead time; quiet for longer than 7 days
        drain();
        assertEquals(0, count(j, "enrolment-expiring"), "not yet within the lead time");
        assertEquals(1, count(j, "inactivity-nudge"), "quiet for longer than 7 days");
        drain();
        assertEquals(1, count(j, "inactivity-nudge"), "once for this quiet spell");

        quietFor(j, "28 days"); // another quiet spell, and now it expires in 2 days
        drain();
        drain();
        assertEquals(1, count(j, "enrolment-expiring"), "once for this expiry");
        assertEquals(2, count(j, "inactivity-nudge"), rows(j.enrolmentId()).toString());

        String nudge = "Pick up where you left off: " + j.name();
        await().atMost(WAIT).until(() -> Mailbox.withSubject(nudge).size() >= 2);
        assertEquals(2, Mailbox.withSubject(nudge).stream().map(Mailbox.Message::messageId).distinct().count(),
                "two nudges, two messages");
        await().atMost(WAIT).until(() -> !Mailbox.withSubject("Your enrolment in " + j.name() + " expires soon")
                .isEmpty());
        Mailbox.Message expiring = Mailbox.withSubject("Your enrolment in " + j.name() + " expires soon").get(0);
        assertTrue(expiring.body().contains("/api/v1/dashboard/" + j.enrolmentId()), "the journey's link");
    }

    private static void quietFor(Journey j, String interval) {
        NotificationFixture.execute("UPDATE enrolment SET last_activity_at = now() - interval '" + interval + "'"
                + " WHERE id = :id", j.enrolmentId());
    }

    /** Runs passes until one writes nothing. */
    private void drain() {
        for (int i = 0; i < 20; i++) {
            if (reminders.runOnce(Instant.now()).await().atMost(WAIT) == 0) {
                return;
            }
        }
        throw new AssertionError("the reminder passes did not settle");
    }

    private static long count(Journey j, String kind) {
        return rows(j.enrolmentId()).stream().filter(r -> r.startsWith(kind + ":")).count();
    }
}
