package org.microcred.enrolment.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.notification.service.NotificationMail;

/** The templates: each institution's frame, plain text and HTML, escaping, and the headers of one mail. */
@Tag("servers")
@QuarkusTest
class NotificationMailTest {

    @Inject
    NotificationMail mails;

    private static Notification notification(String tenant, NotificationKind kind, String data) {
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.tenantId = tenant;
        n.earnerId = "earner-1";
        n.recipient = "earner@example.org";
        n.earnerName = "Ada <Lovelace>";
        n.kind = kind.wireName();
        n.sourceKey = "test";
        n.data = data;
        n.status = Notification.Status.PENDING;
        n.createdAt = Instant.now();
        return n;
    }

    @Test
    void anIssuedCredentialMailCarriesTheInstitutionsFrameLinksAndHeaders() {
        Notification n = notification("northbridge", NotificationKind.CREDENTIAL_ISSUED,
                "{\"achievementName\":\"Safe <b>welding</b>\",\"credentialId\":\"c-1\",\"enrolmentId\":\"e-1\"}");
        Mail mail = mails.mailOf(n);

        assertEquals("Your credential is ready: Safe <b>welding</b>", mail.getSubject());
        assertEquals(List.of("earner@example.org"), mail.getTo());
        assertEquals("\"Northbridge University\" <noreply@microcred.localhost>", mail.getFrom());
        assertEquals(List.of("credentials@northbridge.example"), mail.getReplyTo() == null ? List.of()
                : List.of(mail.getReplyTo().split(",")));
        assertEquals(List.of("<" + n.id + "@notification.microcred>"), mail.getHeaders().get("Message-ID"));
        assertEquals(List.of("List-Unsubscribe=One-Click"), mail.getHeaders().get("List-Unsubscribe-Post"));
        String unsubscribe = mail.getHeaders().get("List-Unsubscribe").get(0);
        assertTrue(unsubscribe.matches("<http://localhost:\\d+/api/v1/notifications/unsubscribe\\?token=v1\\.[^>]+>"),
                unsubscribe);

        String text = mail.getText();
        assertTrue(text.startsWith("Northbridge University"), text);
        assertTrue(text.contains("Hello Ada <Lovelace>,"), text);
        assertTrue(text.contains("See your credential: http://localhost:8085/api/v1/wallet/credentials/c-1"), text);
        assertTrue(text.contains("/api/v1/wallet/credentials/c-1/shares"), text);

        String html = mail.getHtml();
        assertTrue(html.contains("background:#003a70"), "the institution's colour");
        assertTrue(html.contains("Hello Ada &lt;Lovelace&gt;,"), "escaped in HTML");
        assertTrue(html.contains("Safe &lt;b&gt;welding&lt;/b&gt;"), "no markup from data");
        assertFalse(html.contains("<b>welding"), html);
        assertTrue(html.contains("href=\"http://localhost:8085/api/v1/wallet/credentials/c-1\""), html);
    }

    @Test
    void anotherInstitutionGetsItsOwnNameAndColourAndAnUnknownOneTheDefaults() {
        Notification southport = notification("southport", NotificationKind.INACTIVITY_NUDGE,
                "{\"achievementName\":\"Pottery\",\"enrolmentId\":\"e-2\"}");
        Mail mail = mails.mailOf(southport);
        assertTrue(mail.getFrom().startsWith("\"Southport College\""), mail.getFrom());
        assertTrue(mail.getHtml().contains("background:#7a1f3d"));
        assertEquals("Pick up where you left off: Pottery", mail.getSubject());

        Mail other = mails.mailOf(notification("elsewhere", NotificationKind.AWARDED, "{\"achievementName\":\"X\"}"));
        assertTrue(other.getFrom().startsWith("\"Microcred\""), other.getFrom());
        assertTrue(other.getHtml().contains("background:#1f4e79"));
        assertEquals(null, other.getReplyTo());
    }
}
