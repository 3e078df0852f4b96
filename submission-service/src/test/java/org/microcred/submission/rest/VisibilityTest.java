package org.microcred.submission.rest;

import org.junit.jupiter.api.Tag;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.submission.TestDb;
import org.microcred.submission.rest.Journeys.Journey;
import org.microcred.submission.storage.Samples;
import org.microcred.support.testing.Tokens;

/**
 * Evidence is visible to its earner, to the assessors the latest assessment.assigned names for the
 * attempt (first or second marker), and to the institution's issuer-admins; to nobody else.
 */
@Tag("servers")
@QuarkusTest
class VisibilityTest {

    @Test
    void onlyTheAssessorsCurrentlyAssignedSeeTheAttempt() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.submittedAttempt(journey, Samples.PDF);
        String file = fileOf(id);
        UUID assessment = UUID.randomUUID();
        assertSees(id, file, 404, "nb-assessor", "nb-assessor2", "sp-assessor", "sp-admin", "nb-earner2");
        assertSees(id, file, 200, "nb-earner", "nb-admin");

        EventEnvelope<EventPayload> first = Journeys.assigned(journey, assessment, id, "first", "nb-assessor", 1);
        Journeys.publish(journey, first);
        awaitStatus(id, "nb-assessor", 200);
        assertSees(id, file, 200, "nb-assessor");
        assertSees(id, file, 404, "nb-assessor2");

        // Reassigned: the old holder loses sight of it, the new one gains it.
        Journeys.publish(journey, Journeys.assigned(journey, assessment, id, "first", "nb-assessor2", 2));
        awaitStatus(id, "nb-assessor2", 200);
        assertSees(id, file, 404, "nb-assessor");

        // The first assignment redelivered, and an older one arriving late, change nothing.
        Journeys.publish(journey, first);
        Journeys.publish(journey, Journeys.assigned(journey, assessment, id, "first", "nb-assessor", 1));
        UUID marker = UUID.randomUUID();
        Journeys.publish(journey, Journeys.assigned(journey, marker, UUID.randomUUID(), "first", "nb-assessor", 1));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                TestDb.count("SELECT count(*) FROM assessment_assignment WHERE assessment_id = ?", marker) == 1);
        assertSees(id, file, 404, "nb-assessor");
        assertEquals(1, TestDb.count("SELECT count(*) FROM processed_event WHERE event_id = ?", first.eventId()));

        // A second marker sees it too, beside the first.
        Journeys.publish(journey, Journeys.assigned(journey, assessment, id, "second", "nb-assessor", 3));
        awaitStatus(id, "nb-assessor", 200);
        assertSees(id, file, 200, "nb-assessor", "nb-assessor2");

        // Released: nobody holds the first role any more.
        Journeys.publish(journey, Journeys.assigned(journey, assessment, id, "first", null, 4));
        awaitStatus(id, "nb-assessor2", 404);
        assertSees(id, file, 404, "nb-assessor2");
        assertSees(id, file, 200, "nb-assessor");
    }

    @Test
    void anAssignmentInAnotherTenantShowsNothing() {
        Journey journey = Journeys.enrolled("nb-earner");
        UUID id = Journeys.submittedAttempt(journey, Samples.PDF);
        Journey foreign = new Journey(journey.earner(), "southport", journey.achievementId(), journey.enrolmentId(),
                journey.enrolmentEvent());
        UUID marker = UUID.randomUUID();
        Journeys.publish(journey, Journeys.assigned(foreign, marker, id, "first", "sp-assessor", 1));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                TestDb.count("SELECT count(*) FROM assessment_assignment WHERE assessment_id = ?", marker) == 1);
        assertSees(id, fileOf(id), 404, "sp-assessor");
    }

    @Test
    void releaseManagersAndAnonymousCallersReadNothing() {
        UUID id = Journeys.submittedAttempt(Journeys.enrolled("nb-earner"), Samples.PDF);
        String file = fileOf(id);
        given().auth().oauth2(Tokens.user("nb-release")).get("/api/v1/submissions/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.user("nb-release")).get(file).then().statusCode(403);
        given().get(file).then().statusCode(401);
    }

    private static String fileOf(UUID id) {
        String artifactId = given().auth().oauth2(Tokens.user("nb-earner")).get("/api/v1/submissions/" + id)
                .then().statusCode(200).extract().path("artifacts[0].id");
        return "/api/v1/submissions/" + id + "/files/" + artifactId;
    }

    private static void awaitStatus(UUID id, String user, int status) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().auth().oauth2(Tokens.user(user)).get("/api/v1/submissions/" + id).statusCode() == status);
    }

    private static void assertSees(UUID id, String file, int status, String... users) {
        for (String user : List.of(users)) {
            given().auth().oauth2(Tokens.user(user)).get("/api/v1/submissions/" + id).then().statusCode(status);
            given().auth().oauth2(Tokens.user(user)).get(file).then().statusCode(status);
        }
    }
}
