package org.microcred.enrolment.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.notification.NotificationFixture.WAIT;
import static org.microcred.enrolment.notification.NotificationFixture.awaitOneMail;
import static org.microcred.enrolment.notification.NotificationFixture.decided;
import static org.microcred.enrolment.notification.NotificationFixture.enrolled;
import static org.microcred.enrolment.notification.NotificationFixture.publish;
import static org.microcred.enrolment.notification.NotificationFixture.rows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.notification.NotificationFixture.Journey;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.support.testing.Tokens;

/**
 * Events become mails through the real broker, database and SMTP server (bin/infra's exim4), read back from the
 * Maildir it writes: once each, with the institution's frame, links and headers; none for a kind turned off.
 */
@Tag("servers")
@QuarkusTest
class NotificationDeliveryTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("<(http[^>]+/api/v1/notifications/unsubscribe)\\?token=([^>]+)>");

    @Test
    void aDecisionDeliveredTwiceMailsOnceWithItsLinksAndHeaders() {
        Journey j = enrolled("nb-earner", "Revision " + UUID.randomUUID());
        EventEnvelope<AssessmentDecided> revise = decided(j, Decision.REVISE, 1);
        publish(j, revise);
        publish(j, revise);
        // The award comes after both copies on the same partition: once it is mailed, both copies were consumed.
        publish(j, decided(j, Decision.AWARD, 2));
        awaitOneMail("Awarded: " + j.name());

        Mailbox.Message mail = awaitOneMail("A revision is asked: " + j.name());
        assertEquals(1, Mailbox.withSubject(mail.subject()).stream().map(Mailbox.Message::messageId).distinct().count());
        assertTrue(mail.messageId().matches("<[0-9a-f-]{36}@notification\\.microcred>"), mail.messageId());
        assertTrue(mail.header("From").startsWith("\"Northbridge University\" <noreply@"), mail.header("From"));
        assertEquals("credentials@northbridge.example", mail.header("Reply-To"));
        assertEquals("List-Unsubscribe=One-Click", mail.header("List-Unsubscribe-Post"));
        assertTrue(UNSUBSCRIBE.matcher(mail.header("List-Unsubscribe")).matches(), mail.header("List-Unsubscribe"));
        assertTrue(mail.body().contains("/api/v1/dashboard/" + j.enrolmentId()), "the journey's link");
        assertTrue(mail.body().contains("text/html") && mail.body().contains("text/plain"), "both forms");
        assertEquals(List.of("feedback:SENT:0", "awarded:SENT:0"), rows(j.enrolmentId()));
    }

    @Test
    void anIssuedCredentialLinksToTheWalletAndItsRevocationIsMailed() {
        Journey j = enrolled("nb-earner", "Issued " + UUID.randomUUID());
        UUID credential = UUID.randomUUID();
        publish(j, NotificationFixture.issued(j, credential));
        publish(j, NotificationFixture.statusChanged(j, credential, "REVOKED"));

        Mailbox.Message issued = awaitOneMail("Your credential is ready: " + j.name());
        assertTrue(issued.body().contains("/api/v1/wallet/credentials/" + credential), "see it in the wallet");
        assertTrue(issued.body().contains("/api/v1/wallet/credentials/" + credential + "/shares"), "share it");
        Mailbox.Message revoked = awaitOneMail("Your credential was revoked: " + j.name());
        assertTrue(revoked.body().contains("Reason given: Issued in error"), "the reason");
    }

    @Test
    void aKindTheEarnerTurnedOffSendsNothing() {
        Journey j = enrolled("nb-earner2", "Quiet feedback " + UUID.randomUUID());
        given().auth().oauth2(Tokens.user("nb-earner2")).contentType(ContentType.JSON)
                .body(Map.of("preferences", Map.of("feedback", false)))
                .put("/api/v1/me/notification-preferences").then().statusCode(200)
                .body("preferences.feedback", equalTo(false)).body("preferences.awarded", equalTo(true));
        try {
            publish(j, decided(j, Decision.DENY, 1));
            publish(j, decided(j, Decision.AWARD, 2));
            awaitOneMail("Awarded: " + j.name());
            await().atMost(WAIT).until(() -> rows(j.enrolmentId()).contains("feedback:SKIPPED:0"));
            assertEquals(List.of(), Mailbox.withSubject("Feedback on " + j.name()));
        } finally {
            given().auth().oauth2(Tokens.user("nb-earner2")).contentType(ContentType.JSON)
                    .body(Map.of("preferences", Map.of("feedback", true)))
                    .put("/api/v1/me/notification-preferences").then().statusCode(200);
        }
    }

    @Test
    void theOneClickUnsubscribeTurnsThatKindOffAndAForgedTokenIsRefused() {
        Journey j = enrolled("sp-earner", "Unsubscribe " + UUID.randomUUID());
        publish(j, decided(j, Decision.AWARD, 1));
        Mailbox.Message mail = awaitOneMail("Awarded: " + j.name());
        Matcher link = UNSUBSCRIBE.matcher(mail.header("List-Unsubscribe"));
        assertTrue(link.matches());
        String token = link.group(2);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").queryParam("token", forged)
                .post("/api/v1/notifications/unsubscribe").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/invalid-unsubscribe-token"));
        given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/me/notification-preferences").then()
                .statusCode(200).body("preferences.awarded", equalTo(true));

        try {
            for (int i = 0; i < 2; i++) { // again: unchanged
                given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click").queryParam("token", token)
                        .post("/api/v1/notifications/unsubscribe").then().statusCode(204);
            }
            given().auth().oauth2(Tokens.user("sp-earner")).get("/api/v1/me/notification-preferences").then()
                    .statusCode(200).body("preferences.awarded", equalTo(false))
                    .body("preferences.feedback", equalTo(true));
        } finally {
            given().auth().oauth2(Tokens.user("sp-earner")).contentType(ContentType.JSON)
                    .body(Map.of("preferences", Map.of("awarded", true)))
                    .put("/api/v1/me/notification-preferences").then().statusCode(200);
        }
    }

    @Test
    void preferencesAreTheEarnersOwnAndCheckedField() {
        given().get("/api/v1/me/notification-preferences").then().statusCode(401);
        given().auth().oauth2(Tokens.user("nb-assessor")).get("/api/v1/me/notification-preferences").then()
                .statusCode(403);
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON)
                .body(Map.of("preferences", Map.of("spam", false)))
                .put("/api/v1/me/notification-preferences").then().statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/validation"))
                .body("errors[0].field", equalTo("preferences.spam"));
        given().auth().oauth2(Tokens.user("nb-earner")).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/me/notification-preferences").then().statusCode(400);
        given().contentType(ContentType.URLENC).body("List-Unsubscribe=One-Click")
                .post("/api/v1/notifications/unsubscribe").then().statusCode(400);
    }
}
