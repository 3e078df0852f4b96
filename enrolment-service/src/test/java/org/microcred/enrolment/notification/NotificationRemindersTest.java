package org.microcred.enrolment.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;
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

/** The scheduled notifications: an enrolment about to expire and a quiet earner, each once per period. */
@Tag("servers")
@QuarkusTest
class NotificationRemindersTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    NotificationReminders reminders;

    @Test
    void theExpiryReminderAndTheNudgeAreWrittenOncePerPeriod() {
        Journey j = enrolled("nb-earner2", "Reminders " + UUID.randomUUID(), Map.of("inactivityExpiryDays", 30));
        Instant later = Instant.now().plus(Duration.ofDays(25)); // quiet for 25 days; expires in 5 (lead time 3 d)
        drain(later);
        assertEquals(0, count(j, "enrolment-expiring"), "not yet within the lead time");
        assertEquals(1, count(j, "inactivity-nudge"), "quiet for longer than 7 days");

        Instant closer = later.plus(Duration.ofDays(3)); // expires in 2 days
        drain(closer);
        drain(closer.plus(Duration.ofHours(12)));
        assertEquals(1, count(j, "enrolment-expiring"), "once for this expiry");
        assertEquals(1, count(j, "inactivity-nudge"), "once for this quiet spell");

        // New activity starts a new quiet spell (and moves the expiry): a second nudge, once.
        NotificationFixture.execute("UPDATE enrolment SET last_activity_at = last_activity_at + interval '2 days'"
                + " WHERE id = :id", j.enrolmentId());
        drain(closer.plus(Duration.ofDays(1)));
        drain(closer.plus(Duration.ofDays(1)));
        assertEquals(2, count(j, "inactivity-nudge"), rows(j.enrolmentId()).toString());
        assertEquals(2, count(j, "enrolment-expiring"), "the new expiry is within the lead time too");

        String nudge = "Pick up where you left off: " + j.name();
        await().atMost(WAIT).until(() -> Mailbox.withSubject(nudge).size() >= 2);
        assertEquals(2, Mailbox.withSubject(nudge).stream().map(Mailbox.Message::messageId).distinct().count(),
                "two nudges, two messages");
        Mailbox.Message expiring = awaitAny("Your enrolment in " + j.name() + " expires soon");
        assertTrue(expiring.body().contains("/api/v1/dashboard/" + j.enrolmentId()), "the journey's link");
    }

    private static Mailbox.Message awaitAny(String subject) {
        await().atMost(WAIT).until(() -> !Mailbox.withSubject(subject).isEmpty());
        return Mailbox.withSubject(subject).get(0);
    }

    /** Runs passes until one writes nothing (the test database holds other tests' enrolments too). */
    private void drain(Instant now) {
        for (int i = 0; i < 100; i++) {
            if (reminders.runOnce(now).await().atMost(WAIT) == 0) {
                return;
            }
        }
        throw new AssertionError("the reminder passes did not settle");
    }

    private static long count(Journey j, String kind) {
        return rows(j.enrolmentId()).stream().filter(r -> r.startsWith(kind + ":")).count();
    }
}
