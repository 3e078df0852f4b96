package org.microcred.enrolment.webhook.adapter.openedx;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcred.enrolment.webhook.adapter.AdapterTesting.ADMIN;
import static org.microcred.enrolment.webhook.adapter.AdapterTesting.TENANT;
import static org.microcred.enrolment.webhook.adapter.AdapterTesting.bytes;
import static org.microcred.enrolment.webhook.adapter.AdapterTesting.deliverSigned;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.enrolment.webhook.ClaimLinks;
import org.microcred.enrolment.webhook.adapter.AdapterTesting;
import org.microcred.enrolment.webhook.adapter.Fixtures;
import org.microcred.enrolment.webhook.rest.WebhookSigner;
import org.microcred.support.testing.Tokens;

/** openedx-events posted over HTTP with an HMAC under the shared secret, into the inbox and applied. */
@Tag("servers")
@QuarkusTest
class OpenEdxWebhookTest {

    /** Test-only: the secret the Open edX webhook and this integration share. */
    private static final String SECRET = "openedx-test-secret-fedcba9876543210-northbridge";

    @BeforeEach
    void openEdxIsConfigured() {
        AdapterTesting.integration("openedx", Map.of("enabled", true, "secret", SECRET));
    }

    @Test
    void anEnrolmentInAMappedCourseEnrolsTheLearnerByTheEventsEmail() {
        UUID achievement = EnrolmentFixture.published("Open edX enrols " + UUID.randomUUID());
        String course = "course-v1:Northbridge+T" + System.nanoTime() + "+2026_T1";
        AdapterTesting.course("openedx", course, achievement, "award", null);
        ObjectNode event = event("openedx/course_enrollment_created.json", "enrollment", course);
        String eventId = event.get("metadata").get("id").asText();
        String email = "edx-" + UUID.randomUUID() + "@learners.example.org";
        ((ObjectNode) event.get("data").get("enrollment").get("user").get("pii")).put("email", email);

        deliverSigned("openedx", SECRET, bytes(event)).then().statusCode(202)
                .body("deliveryId", equalTo("openedx:" + eventId));
        JsonPath status = WebhookSigner.settled(TENANT, "openedx:" + eventId);
        assertEquals("PROCESSED", status.getString("status"), status.prettify());
        given().auth().oauth2(Tokens.user(ADMIN)).get("/api/v1/enrolments/" + status.getString("result.enrolmentId"))
                .then().statusCode(200).body("earnerId", equalTo(ClaimLinks.standInFor(email)))
                .body("earnerEmail", equalTo(email));
        assertEquals(true, status.getBoolean("result.unclaimed"), status.prettify());
    }

    @Test
    void aPassingStatusMappedToAwardIsStoredAsAnAwardRequestAndAFailingOneIgnored() {
        UUID achievement = EnrolmentFixture.published("Open edX awards " + UUID.randomUUID());
        String course = "course-v1:Northbridge+A" + System.nanoTime() + "+2026_T1";
        AdapterTesting.course("openedx", course, achievement, "award", null);
        String id = deliverSigned("openedx", SECRET,
                        bytes(event("openedx/course_passing_status_updated.json", "course_passing_status", course)))
                .then().statusCode(202).extract().path("deliveryId");
        assertEquals("credential.award.requested", WebhookSigner.settled(TENANT, id).getString("type"));

        deliverSigned("openedx", SECRET,
                        bytes(event("openedx/course_passing_status_failing.json", "course_passing_status", course)))
                .then().statusCode(202).body("status", equalTo("IGNORED"))
                .body("result.ignored", equalTo("the learner is not passing the course"));
    }

    @Test
    void aBadSignatureIsRefusedWith401() {
        byte[] body = bytes(event("openedx/course_enrollment_created.json", "enrollment", "course-v1:X+Y+Z"));
        deliverSigned("openedx", "moodle-test-secret-0123456789abcdef-northbridge", body).then().statusCode(401)
                .body("type", equalTo("https://microcred.org/problems/invalid-webhook-signature"));
    }

    /** A fixture with a fresh event id, the course and a learner of its own. */
    static ObjectNode event(String fixture, String subject, String course) {
        ObjectNode event = Fixtures.event(fixture);
        ((ObjectNode) event.get("metadata")).put("id", UUID.randomUUID().toString());
        ObjectNode about = (ObjectNode) event.get("data").get(subject);
        ((ObjectNode) about.get("course")).put("course_key", course);
        ((ObjectNode) about.get("user")).put("id", System.nanoTime() % 1_000_000L);
        return event;
    }
}
