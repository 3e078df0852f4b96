package org.microcred.enrolment.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.notification.NotificationFixture.WAIT;
import static org.microcred.enrolment.notification.NotificationFixture.awaitOneMail;
import static org.microcred.enrolment.notification.NotificationFixture.decided;
import static org.microcred.enrolment.notification.NotificationFixture.enrolled;
import static org.microcred.enrolment.notification.NotificationFixture.publish;
import static org.microcred.enrolment.notification.NotificationFixture.rows;

import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.notification.NotificationFixture.Journey;
import org.microcred.events.assessment.Decision;

/**
 * The SMTP server stopped (bin/infra smtp-down): the notification stays PENDING, its failed attempts counted, and
 * goes out once the server is back (bin/infra smtp-up). Nothing is lost, nothing is sent twice.
 */
@Tag("servers")
@QuarkusTest
class NotificationOutageTest {

    @Test
    void aMailWaitsWhileTheServerIsAwayAndGoesOutOnceWhenItIsBack() throws Exception {
        Mailbox.require();
        Journey j = enrolled("nb-earner", "Outage " + UUID.randomUUID());
        infra("smtp-down");
        try {
            publish(j, decided(j, Decision.AWARD, 1));
            await().atMost(WAIT).until(() -> {
                List<String> rows = rows(j.enrolmentId());
                return rows.size() == 1 && rows.get(0).startsWith("awarded:PENDING:")
                        && Integer.parseInt(rows.get(0).substring("awarded:PENDING:".length())) >= 2;
            });
            assertEquals(List.of(), Mailbox.withSubject("Awarded: " + j.name()));
        } finally {
            infra("smtp-up");
        }
        awaitOneMail("Awarded: " + j.name());
        await().atMost(WAIT).until(() -> rows(j.enrolmentId()).get(0).startsWith("awarded:SENT:"));
        String metrics = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("microcred_notifications_failed_total{")
                && l.contains("kind=\"awarded\"")), "failed attempts counted by kind");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("microcred_notifications_sent_total{")
                && l.contains("kind=\"awarded\"")), "sent mails counted by kind");
    }

    /** bin/infra of this checkout, with the test's environment (its state directory and SMTP port). */
    private static void infra(String command) throws Exception {
        Process p = new ProcessBuilder(new File("../bin/infra").getCanonicalPath(), command).inheritIO().start();
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "bin/infra " + command + " did not finish");
        assertEquals(0, p.exitValue(), "bin/infra " + command);
    }
}
