package org.microcred.e2e.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.e2e.notification.EarnerInbox.counts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.microcred.e2e.JourneyClient;
import org.microcred.e2e.Poll;
import org.microcred.e2e.RunningSystem;

/**
 * Issue 12's notifications end to end: the journey's decisions and credentials reach the earner as real mails through
 * bin/infra's SMTP server (exim4, read back from its Maildir), once each, through a mail-server outage and a crash of
 * enrolment-service; a kind the earner turned off, by the preferences API or by the one-click unsubscribe of a mail
 * received, is not mailed. Each case has its own earner and a micro-credential named for this run, whose name the
 * mails' subjects carry. The reminders (enrolment-expiring, inactivity-nudge) come after hours or days of quiet: they
 * are enrolment-service's own tests (NotificationRemindersTest), not this one's.
 *
 * <p>The crash comes last: after a SIGKILL, enrolment-service's consumer groups wait for the dead member's session to
 * time out before they take their partitions again, and a case after it would wait through that.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationIT {

    static final String FEEDBACK = "feedback";
    static final String AWARDED = "awarded";
    static final String ISSUED = "credential-issued";
    static final String STATUS = "credential-status";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String PREFERENCES = "/api/v1/me/notification-preferences";

    private final Maildir maildir = Maildir.require();
    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client();
    private final Attempts attempts = new Attempts(client);
    private final NotificationRows rows = new NotificationRows(system);
    private final EarnerInbox inbox = new EarnerInbox(maildir, rows);

    @Test
    @Order(1)
    void aRevisionAnAwardAndTheCredentialAreMailedOnceEachAndARevocationOnce() {
        String name = "Notified journey (" + RUN + ")";
        String achievementId = client.publishAchievement("nb-admin", name);
        String enrolmentId = client.enrol("nb-earner", achievementId);
        assertEquals("REVISE", attempts.submitAndDecide("nb-earner", "nb-assessor", achievementId, enrolmentId,
                "emerging"));
        assertEquals("AWARD", attempts.submitAndDecide("nb-earner", "nb-assessor", achievementId, enrolmentId,
                "proficient"));
        String credentialId = client.awaitCredentialInWallet("nb-earner", enrolmentId).path("id").asText();

        Delivered journey = inbox.await(enrolmentId, email("nb-earner"), name, counts(FEEDBACK, AWARDED, ISSUED));
        journey.assertOnceEach(FEEDBACK, AWARDED, ISSUED);
        journey.mails().forEach(this::assertAWholeMail);
        assertTrue(journey.ofKind(FEEDBACK).get(0).subject().startsWith("A revision is asked: "),
                journey.ofKind(FEEDBACK).get(0).subject());
        Mail issued = journey.ofKind(ISSUED).get(0);
        String see = client.endpoints().wallet() + "/api/v1/wallet/credentials/" + credentialId;
        for (String part : List.of("text/plain", "text/html")) {
            assertTrue(issued.text(part).contains(see), "the link to the credential in " + part);
            assertTrue(issued.text(part).contains(see + "/shares"), "the link to share it in " + part);
        }
        assertEquals(200, client.http().get(see, client.token("nb-earner")).status(), "the mail's link opens it");

        client.changeStatus("nb-admin", credentialId, "revoke", "Awarded in error").expect(200);
        Delivered revoked = inbox.await(enrolmentId, email("nb-earner"), name,
                counts(FEEDBACK, AWARDED, ISSUED, STATUS));
        revoked.assertOnceEach(FEEDBACK, AWARDED, ISSUED, STATUS);
        Mail status = revoked.ofKind(STATUS).get(0);
        assertAWholeMail(status);
        assertTrue(status.subject().startsWith("Your credential was revoked: "), status.subject());
        assertTrue(status.text("text/plain").contains("Awarded in error"), "the reason: " + status.text("text/plain"));
    }

    @Test
    @Order(2)
    void mailsWrittenWhileTheMailServerIsDownArriveOnceEachWhenItIsBack() {
        String name = "Notified through an outage (" + RUN + ")";
        String achievementId = client.publishAchievement("sp-admin", name);
        MailServer server = new MailServer();
        String enrolmentId;
        server.down();
        try {
            enrolmentId = client.enrol("sp-earner", achievementId);
            assertEquals("AWARD", attempts.submitAndDecide("sp-earner", "sp-assessor", achievementId, enrolmentId,
                    "proficient"));
            client.awaitCredentialInWallet("sp-earner", enrolmentId);
            List<NotificationRows.Row> waiting = Poll.until("both mails tried and waiting", EarnerInbox.SETTLE, () -> {
                List<NotificationRows.Row> now = rows.of(enrolmentId);
                return now.size() == 2 && now.stream().allMatch(r -> "PENDING".equals(r.status()) && r.attempts() > 0)
                        ? Optional.of(now) : Optional.empty();
            });
            assertEquals(List.of(), inbox.mails(email("sp-earner"), name), "nothing delivered while down: " + waiting);
        } finally {
            server.up();
        }

        Delivered delivered = inbox.await(enrolmentId, email("sp-earner"), name, counts(AWARDED, ISSUED));
        delivered.assertOnceEach(AWARDED, ISSUED);
        delivered.mails().forEach(this::assertAWholeMail);
    }

    @Test
    @Order(3)
    void aKindTurnedOffInThePreferencesOrByTheOneClickUnsubscribeOfAMailIsNotMailed() {
        String name = "Notified by choice (" + RUN + ")";
        String achievementId = client.publishAchievement("nb-admin", name);
        String earner = "nb-earner2";
        JsonNode turnedOff = preferences(earner, Map.of(AWARDED, false));
        assertEquals(false, turnedOff.at("/preferences/" + AWARDED).asBoolean(true), turnedOff.toString());
        try {
            String enrolmentId = client.enrol(earner, achievementId);
            assertEquals("REVISE", attempts.submitAndDecide(earner, "nb-assessor", achievementId, enrolmentId,
                    "emerging"));
            Mail revision = inbox.await(enrolmentId, email(earner), name, counts(FEEDBACK)).ofKind(FEEDBACK).get(0);
            // As a mail program does it (RFC 8058): a POST to the header's URL, with no account.
            assertEquals(204, client.http().postForm(revision.unsubscribeUrl(), "List-Unsubscribe=One-Click").status());
            JsonNode now = client.http().get(client.endpoints().enrolment() + PREFERENCES, client.token(earner))
                    .expect(200).json();
            assertEquals(false, now.at("/preferences/" + FEEDBACK).asBoolean(true), now.toString());

            assertEquals("REVISE", attempts.submitAndDecide(earner, "nb-assessor", achievementId, enrolmentId,
                    "emerging"));
            assertEquals("AWARD", attempts.submitAndDecide(earner, "nb-assessor", achievementId, enrolmentId,
                    "proficient"));
            client.awaitCredentialInWallet(earner, enrolmentId);

            Delivered delivered = inbox.await(enrolmentId, email(earner), name, counts(FEEDBACK, FEEDBACK, AWARDED,
                    ISSUED));
            delivered.assertOnceEach(FEEDBACK, ISSUED);
            assertEquals(List.of("SENT", "SKIPPED"), delivered.rowStatuses(FEEDBACK),
                    "the second revision's feedback came after the unsubscribe: " + delivered);
            assertEquals(List.of("SKIPPED"), delivered.rowStatuses(AWARDED), "awarded was turned off: " + delivered);
        } finally {
            preferences(earner, Map.of(AWARDED, true, FEEDBACK, true));
        }
    }

    @Test
    @Order(4)
    void aCrashOfEnrolmentServiceInTheMiddleOfTheJourneyLosesNoMailAndSendsNoneTwice() {
        String name = "Notified through a crash (" + RUN + ")";
        String achievementId = client.publishAchievement("sp-admin", name);
        String enrolmentId = client.enrol("sp-earner2", achievementId);
        assertEquals("AWARD", attempts.submitAndDecide("sp-earner2", "sp-assessor", achievementId, enrolmentId,
                "proficient"));

        // The decision is on its way to enrolment-service (and the credential soon after it) as it is killed.
        system.killAndRestart("enrolment", Map.of());

        client.awaitCredentialInWallet("sp-earner2", enrolmentId);
        Delivered delivered = inbox.await(enrolmentId, email("sp-earner2"), name, counts(AWARDED, ISSUED));
        delivered.assertOnceEach(AWARDED, ISSUED);
    }

    /** Both parts, and the one-click unsubscribe of RFC 8058 pointing at this enrolment-service. */
    private void assertAWholeMail(Mail mail) {
        assertTrue(mail.text("text/plain").contains(mail.subject().substring(mail.subject().indexOf(": ") + 2)),
                "the plain-text part names the micro-credential: " + mail.file());
        assertTrue(mail.text("text/html").startsWith("<!DOCTYPE html>"), "an HTML part: " + mail.file());
        assertTrue(mail.unsubscribeUrl().startsWith(client.endpoints().enrolment()
                + "/api/v1/notifications/unsubscribe?token=v1."), mail.unsubscribeUrl());
        assertEquals("List-Unsubscribe=One-Click", mail.header("List-Unsubscribe-Post"), mail.file().toString());
    }

    private JsonNode preferences(String earner, Map<String, Boolean> kinds) {
        return client.http().put(client.endpoints().enrolment() + PREFERENCES, client.token(earner),
                Map.of("preferences", kinds)).expect(200).json();
    }

    private String email(String user) {
        return client.tokens().claims(user).path("email").asText();
    }
}
