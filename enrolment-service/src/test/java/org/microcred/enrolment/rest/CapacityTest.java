package org.microcred.enrolment.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.service.EnrolmentService;
import org.microcred.enrolment.webhook.rest.WebhookSigner;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.events.enrolment.EnrolmentStatusChanged;
import org.microcred.support.testing.Tokens;

/** Places: ACTIVE plus PENDING_CONFIRMATION up to the capacity, then a waiting list in arrival order. */
@Tag("servers")
@QuarkusTest
class CapacityTest {

    @Inject
    EnrolmentService enrolments;

    /** Learners the LMS enrols: any number of distinct earners, through the same admission rules. */
    private static String lmsEnrol(UUID achievement, String learner) {
        return WebhookSigner.deliver("northbridge", WebhookSigner.enrolmentRequested(achievement, learner))
                .then().statusCode(202).extract().path("deliveryId");
    }

    /** An enrolment on the institution's behalf, as the LMS inbox makes it, in its own transaction. */
    private EnrolmentStatus enrolOnBehalf(UUID achievement, String learner) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> enrolments.enrolOnBehalf(
                        new EnrolmentService.Applicant("northbridge", learner, learner + "@x.org", learner, "lms"),
                        achievement)))
                .enrolment().status;
    }

    @Test
    void whenThePlacesAreTakenEnrolmentsWaitInArrivalOrder() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Two places " + UUID.randomUUID(), Map.of("capacity", 2));
        String run = UUID.randomUUID().toString();
        List<String> deliveries = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            deliveries.add(lmsEnrol(achievement, "learner-" + i + "-" + run));
        }
        // The inbox applies them in the order they arrived.
        List<String> statuses = deliveries.stream()
                .map(id -> WebhookSigner.settled("northbridge", id).getString("result.status")).toList();
        assertEquals(List.of("ACTIVE", "ACTIVE", "WAITLISTED", "WAITLISTED"), statuses);
        given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/achievements/" + achievement + "/commitment")
                .then().statusCode(200).body("capacity", equalTo(2)).body("placesLeft", equalTo(0));
        given().auth().oauth2(Tokens.user("nb-admin"))
                .get("/api/v1/achievements/" + achievement + "/enrolments?status=WAITLISTED")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.earnerId", equalTo(List.of("learner-3-" + run, "learner-4-" + run)))
                .body("items.waitlistPosition", equalTo(List.of(1, 2)));
    }

    @Test
    void aWithdrawalGivesThePlaceToTheOldestWaitlisted() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "One place " + UUID.randomUUID(), Map.of("capacity", 1));
        UUID first = EnrolmentFixture.enrolled("nb-earner", achievement);
        UUID second = UUID.fromString(EnrolmentFixture.enrol("nb-earner2", achievement).then().statusCode(201)
                .body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1))
                .extract().path("id"));
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/dashboard/" + second)
                .then().statusCode(200).body("stage", equalTo("WAITLISTED"));

        given().auth().oauth2(Tokens.user("nb-earner")).post("/api/v1/enrolments/" + first + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));

        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/enrolments/" + second)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("waitlistPosition", nullValue());
        given().auth().oauth2(Tokens.user("nb-earner2")).get("/api/v1/dashboard/" + second)
                .then().statusCode(200).body("stage", equalTo("ENROLLED")).body("enrolmentStatus", equalTo("ACTIVE"));

        EnrolmentStatusChanged promoted = await().atMost(Duration.ofSeconds(30)).until(() -> EnrolmentFixture.statusChanges(second),
                list -> !list.isEmpty()).get(0);
        assertEquals(EnrolmentStatus.ACTIVE, promoted.status());
        assertEquals(EnrolmentStatus.WAITLISTED, promoted.previousStatus());
        EnrolmentStatusChanged withdrawn = await().atMost(Duration.ofSeconds(30)).until(() -> EnrolmentFixture.statusChanges(first),
                list -> !list.isEmpty()).get(0);
        assertEquals(EnrolmentStatus.WITHDRAWN, withdrawn.status());
        assertEquals(EnrolmentStatus.ACTIVE, withdrawn.previousStatus());
    }

    @Test
    void concurrentEnrolmentsNeverExceedTheCapacity() throws Exception {
        UUID achievement = EnrolmentFixture.published("nb-admin", "Rush " + UUID.randomUUID(), Map.of("capacity", 3));
        String run = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> statuses = new ArrayList<>();
        try {
            // Not through the webhook: the inbox applies one tenant's deliveries one at a time.
            List<Future<EnrolmentStatus>> replies = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String learner = "rush-" + i + "-" + run;
                replies.add(pool.submit(() -> {
                    try {
                        return enrolOnBehalf(achievement, learner);
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            for (Future<EnrolmentStatus> reply : replies) {
                statuses.add(reply.get().name());
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertEquals(Map.of("ACTIVE", 3L, "WAITLISTED", 9L), counts);
        List<Integer> positions = given().auth().oauth2(Tokens.user("nb-admin"))
                .get("/api/v1/achievements/" + achievement + "/enrolments?status=WAITLISTED&limit=100")
                .then().statusCode(200).extract().path("items.waitlistPosition");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), positions);
        given().auth().oauth2(Tokens.user("nb-admin"))
                .get("/api/v1/achievements/" + achievement + "/enrolments?status=ACTIVE")
                .then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void theRosterIsForTheInstitutionsStaffOnly() {
        UUID achievement = EnrolmentFixture.published("Roster " + UUID.randomUUID());
        EnrolmentFixture.enrolled("nb-earner", achievement);
        String path = "/api/v1/achievements/" + achievement + "/enrolments";
        given().auth().oauth2(Tokens.user("nb-admin")).get(path).then().statusCode(200).body("total", equalTo(1))
                .body("limit", equalTo(20)).body("offset", equalTo(0));
        for (String role : List.of("nb-earner", "nb-assessor", "nb-release")) {
            given().auth().oauth2(Tokens.user(role)).get(path).then().statusCode(403);
        }
        given().auth().oauth2(Tokens.user("sp-admin")).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + UUID.randomUUID() + "/enrolments")
                .then().statusCode(404);
        given().get(path).then().statusCode(401);
        given().auth().oauth2(Tokens.user("nb-admin")).get(path + "?offset=10001").then().statusCode(400);
    }


}
