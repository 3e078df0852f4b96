package org.microcred.enrolment.service;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.EventEnvelope;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** The expiry job: inactive or out-of-time ACTIVE enrolments expire, once, freeing their places. */
@Tag("servers")
@QuarkusTest
class ExpiryJobTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ExpiryJob job;

    @Test
    void anInactiveEnrolmentExpiresAndItsPlaceGoesToTheWaitingList() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Inactive " + UUID.randomUUID(),
                Map.of("inactivityExpiryDays", 1, "capacity", 1));
        UUID idle = EnrolmentFixture.enrolled("nb-earner", achievement);
        UUID waiting = EnrolmentFixture.enrolled("nb-earner2", achievement);

        job.runOnce(Instant.now().plus(Duration.ofHours(12))).await().atMost(WAIT);
        status("nb-earner", idle).body("status", equalTo("ACTIVE"));

        job.runOnce(Instant.now().plus(Duration.ofDays(2))).await().atMost(WAIT);
        status("nb-earner", idle).body("status", equalTo("EXPIRED"))
                .body("statusReason", equalTo("no activity for 1 days"));
        status("nb-earner2", waiting).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/dashboard/" + idle)
                .then().statusCode(200).body("stage", equalTo("EXPIRED"));
        // Expired, the earner may enrol again: a new enrolment (on the waiting list: the place is taken).
        EnrolmentFixture.enrol("nb-earner", achievement).then().statusCode(201).body("status", equalTo("WAITLISTED"));
    }

    @Test
    void anEnrolmentPastTheActivityPeriodWithoutAwardExpires() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID achievement = EnrolmentFixture.published("nb-admin", "Time window " + UUID.randomUUID(),
                Map.of("activityStartsAt", now.minus(Duration.ofDays(1)).toString(),
                        "activityEndsAt", now.plus(Duration.ofDays(1)).toString()));
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", achievement);
        job.runOnce(now.plus(Duration.ofDays(2))).await().atMost(WAIT);
        status("nb-earner", enrolment).body("status", equalTo("EXPIRED"))
                .body("statusReason", containsString("activity period ended"));
    }

    @Test
    void aJourneyWaitingForItsJudgementDoesNotExpire() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Submitted in time " + UUID.randomUUID(),
                Map.of("inactivityExpiryDays", 1));
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner", achievement);
        SubmissionSubmitted submitted = new SubmissionSubmitted(UUID.randomUUID(), enrolment, achievement, 1,
                Tokens.subject("nb-earner"), "e@x", "E", 1, List.of(), List.of(), Instant.now(), null);
        TestKafka.publish("test.", enrolment.toString(),
                EventEnvelope.wrap(submitted, "northbridge", submitted.submissionId().toString(), Instant.now(), null));
        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(Tokens.user("nb-earner"))
                .get("/api/v1/dashboard/" + enrolment).then().statusCode(200).body("stage", equalTo("SUBMITTED")));

        job.runOnce(Instant.now().plus(Duration.ofDays(5))).await().atMost(WAIT);
        status("nb-earner", enrolment).body("status", equalTo("ACTIVE"));
    }

    @Test
    void twoInstancesRunningAtOnceExpireEachEnrolmentOnce() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Two instances " + UUID.randomUUID(),
                Map.of("inactivityExpiryDays", 1));
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner2", achievement);
        Instant later = Instant.now().plus(Duration.ofDays(3));
        Uni.join().all(job.runOnce(later), job.runOnce(later)).andCollectFailures().await().atMost(WAIT);

        status("nb-earner2", enrolment).body("status", equalTo("EXPIRED"));
        // Published, and made once: both passes have ended, so the outbox holds every change they made.
        await().atMost(WAIT).until(() -> EnrolmentFixture.statusChanges(enrolment), list -> !list.isEmpty());
        List<EnrolmentStatusChanged> changes = EnrolmentFixture.committedStatusChanges(enrolment);
        assertEquals(List.of(EnrolmentStatus.EXPIRED), changes.stream().map(EnrolmentStatusChanged::status).toList());
    }

    private static io.restassured.response.ValidatableResponse status(String earner, UUID enrolment) {
        return given().auth().oauth2(Tokens.user(earner)).get("/api/v1/enrolments/" + enrolment).then().statusCode(200);
    }
}
