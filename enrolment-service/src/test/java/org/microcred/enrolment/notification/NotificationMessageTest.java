package org.microcred.enrolment.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each kind of notification says and where its links point. */
class NotificationMessageTest {

    private static final NotificationMessage.Places PLACES =
            new NotificationMessage.Places("https://enrol.example", "https://wallet.example");

    private static NotificationMessage of(NotificationKind kind, Map<String, String> data) {
        return NotificationMessage.of(kind, data, PLACES);
    }

    @Test
    void aRevisionAndOtherFeedbackAreToldApart() {
        NotificationMessage revise = of(NotificationKind.FEEDBACK,
                Map.of("achievementName", "Welding", "decision", "REVISE", "attempt", "2", "enrolmentId", "e1"));
        assertEquals("A revision is asked: Welding", revise.subject());
        assertTrue(revise.paragraphs().get(0).contains("attempt 2 of Welding"), revise.paragraphs().toString());
        assertEquals(List.of(new NotificationMessage.Link("Your journey", "https://enrol.example/api/v1/dashboard/e1")),
                revise.links());
        assertEquals("Feedback on Welding", of(NotificationKind.FEEDBACK,
                Map.of("achievementName", "Welding", "decision", "DENY")).subject());
    }

    @Test
    void anIssuedCredentialLinksToTheWalletToSeeAndShareIt() {
        NotificationMessage issued = of(NotificationKind.CREDENTIAL_ISSUED,
                Map.of("achievementName", "Welding", "credentialId", "c1", "enrolmentId", "e1"));
        assertEquals("Your credential is ready: Welding", issued.subject());
        assertEquals(List.of("https://wallet.example/api/v1/wallet/credentials/c1",
                "https://wallet.example/api/v1/wallet/credentials/c1/shares"),
                issued.links().stream().map(NotificationMessage.Link::url).toList());
    }

    @Test
    void aRevocationSaysSoWithItsReasonAndASuspensionSaysForNow() {
        NotificationMessage revoked = of(NotificationKind.CREDENTIAL_STATUS,
                Map.of("achievementName", "Welding", "status", "REVOKED", "reason", "Issued in error"));
        assertEquals("Your credential was revoked: Welding", revoked.subject());
        assertTrue(revoked.paragraphs().contains("Reason given: Issued in error"));
        NotificationMessage suspended = of(NotificationKind.CREDENTIAL_STATUS,
                Map.of("achievementName", "Welding", "status", "SUSPENDED"));
        assertEquals("Your credential was suspended: Welding", suspended.subject());
        assertTrue(suspended.paragraphs().get(0).endsWith("for now."));
    }

    @Test
    void remindersNameTheDateAndTheJourney() {
        NotificationMessage expiring = of(NotificationKind.ENROLMENT_EXPIRING,
                Map.of("achievementName", "Welding", "expiresOn", "2027-01-31", "enrolmentId", "e9"));
        assertEquals("Your enrolment in Welding expires soon", expiring.subject());
        assertTrue(expiring.paragraphs().get(0).contains("2027-01-31"));
        assertEquals("Pick up where you left off: Welding",
                of(NotificationKind.INACTIVITY_NUDGE, Map.of("achievementName", "Welding")).subject());
        assertEquals("Awarded: Welding", of(NotificationKind.AWARDED, Map.of("achievementName", "Welding")).subject());
    }
}
