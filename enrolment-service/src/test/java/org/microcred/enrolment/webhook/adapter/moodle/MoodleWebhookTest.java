package org.microcred.enrolment.webhook.adapter.moodle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.enrolment.webhook.adapter.AdapterTesting.ADMIN;
import static org.microcred.enrolment.webhook.adapter.AdapterTesting.TENANT;
import static org.microcred.enrolment.webhook.adapter.AdapterTesting.bytes;
import static org.microcred.enrolment.webhook.adapter.AdapterTesting.deliverSigned;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.enrolment.webhook.ClaimLinks;
import org.microcred.enrolment.webhook.adapter.AdapterTesting;
import org.microcred.enrolment.webhook.adapter.Fixtures;
import org.microcred.enrolment.webhook.adapter.SharedSecretSignature;
import org.microcred.enrolment.webhook.rest.WebhookSigner;
import org.microcred.events.enrolment.EnrolmentCreated;
import org.microcred.support.testing.Tokens;

/** Moodle events posted by the observer plugin with an HMAC under the shared secret, into the inbox and applied. */
@Tag("servers")
@QuarkusTest
class MoodleWebhookTest {

    /** Test-only: the secret the plugin and this integration share. */
    private static final String SECRET = "moodle-test-secret-0123456789abcdef-northbridge";

    @BeforeEach
    void moodleIsConfigured() {
        AdapterTesting.integration("moodle", Map.of("enabled", true, "secret", SECRET));
    }

    @Test
    void aUserEnrolmentInAMappedCourseEnrolsTheLearnerByTheirEmailOnce() {
        UUID achievement = EnrolmentFixture.published("Moodle enrols " + UUID.randomUUID());
        long course = System.nanoTime() % 1_000_000_000L;
        AdapterTesting.course("moodle", Long.toString(course), achievement, "award", null);
        ObjectNode event = event("moodle/user_enrolment_created.json", course);
        String email = event.get("relateduser").get("email").asText();

        String id = deliverSigned("moodle", SECRET, bytes(event)).then().statusCode(202)
                .body("deliveryId", startsWith("moodle:")).extract().path("deliveryId");
        JsonPath status = WebhookSigner.settled(TENANT, id);
        assertEquals("PROCESSED", status.getString("status"), status.prettify());
        // No account enrolled with that email here: a stand-in, with its claim link in the result.
        assertTrue(status.getBoolean("result.unclaimed"), status.prettify());
        assertTrue(status.getString("result.claimUrl").startsWith("microcred://claim/"), status.prettify());
        given().auth().oauth2(Tokens.user(ADMIN)).get("/api/v1/enrolments/" + status.getString("result.enrolmentId"))
                .then().statusCode(200).body("earnerId", equalTo(ClaimLinks.standInFor(email)))
                .body("earnerEmail", equalTo(email));

        // The plugin sends it again (its retry, signed anew): the same delivery, one enrolment.
        deliverSigned("moodle", SECRET, bytes(event)).then().statusCode(202).body("deliveryId", equalTo(id));
        given().auth().oauth2(Tokens.user(ADMIN)).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theEmailOfAnAccountEnrolsThatAccountAndItsModuleCompletionReportsTheActivity() {
        UUID earlier = EnrolmentFixture.published("Moodle account " + UUID.randomUUID());
        String email = EnrolmentFixture.committed(EnrolmentFixture.enrolled("nb-earner2", earlier)).stream()
                .map(e -> e.payload()).filter(EnrolmentCreated.class::isInstance).map(EnrolmentCreated.class::cast)
                .findFirst().orElseThrow().earnerEmail();
        UUID achievement = EnrolmentFixture.published("Moodle activity " + UUID.randomUUID());
        long course = System.nanoTime() % 1_000_000_000L;
        given().auth().oauth2(Tokens.user(ADMIN)).contentType("application/json")
                .body(Map.of("achievementId", achievement, "completion", "activity", "activityId", "final-quiz",
                        "gradeItem", "812"))
                .put("/api/v1/lms/integrations/moodle/courses/" + course).then().statusCode(200);
        ObjectNode enrolment = event("moodle/user_enrolment_created.json", course);
        ((ObjectNode) enrolment.get("relateduser")).put("email", email.toUpperCase());
        JsonPath enrolled = WebhookSigner.settled(TENANT, deliverSigned("moodle", SECRET, bytes(enrolment))
                .then().statusCode(202).extract().path("deliveryId"));
        assertEquals("PROCESSED", enrolled.getString("status"), enrolled.prettify());
        assertFalse(enrolled.getBoolean("result.unclaimed"));
        String enrolmentId = enrolled.getString("result.enrolmentId");
        given().auth().oauth2(Tokens.user(ADMIN)).get("/api/v1/enrolments/" + enrolmentId)
                .then().statusCode(200).body("earnerId", equalTo(Tokens.subject("nb-earner2")));

        ObjectNode completion = event("moodle/course_module_completion_updated.json", course);
        ((ObjectNode) completion.get("relateduser")).put("email", email);
        JsonPath reported = WebhookSigner.settled(TENANT, deliverSigned("moodle", SECRET, bytes(completion))
                .then().statusCode(202).extract().path("deliveryId"));
        assertEquals("PROCESSED", reported.getString("status"), reported.prettify());
        assertEquals("activity.completed", reported.getString("type"));
        assertEquals(enrolmentId, reported.getString("result.enrolmentId"));
    }

    @Test
    void aCourseCompletionMappedToAwardIsStoredAsAnAwardRequest() {
        UUID achievement = EnrolmentFixture.published("Moodle awards " + UUID.randomUUID());
        long course = System.nanoTime() % 1_000_000_000L;
        AdapterTesting.course("moodle", Long.toString(course), achievement, "award", null);
        String id = deliverSigned("moodle", SECRET, bytes(event("moodle/course_completed.json", course)))
                .then().statusCode(202).extract().path("deliveryId");
        assertEquals("credential.award.requested", WebhookSigner.settled(TENANT, id).getString("type"));
    }

    @Test
    void anUnmappedEventIsAnswered202AndKeptIgnoredWithWhy() {
        deliverSigned("moodle", SECRET, bytes(event("moodle/user_loggedin.json", 0))).then().statusCode(202)
                .body("status", equalTo("IGNORED"))
                .body("result.ignored", startsWith("Moodle event \\core\\event\\user_loggedin is not mapped"));
    }

    @Test
    void aWrongOrStaleSignatureIsRefusedWith401() {
        byte[] body = bytes(event("moodle/user_enrolment_created.json", 1));
        deliverSigned("moodle", "another-secret-of-thirty-two-characters!", body).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/invalid-webhook-signature"));
        String stale = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
        deliverSigned("moodle", stale, SharedSecretSignature.header(SECRET, stale, body), body).then().statusCode(401);
        given().contentType("application/json").body(body).post("/api/v1/webhooks/lms/" + TENANT + "/moodle")
                .then().statusCode(401);
    }

    @Test
    void aSignedBodyThatIsNotAMoodleEventIs400() {
        deliverSigned("moodle", SECRET, "[1, 2]".getBytes()).then().statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/malformed-body"));
        deliverSigned("moodle", SECRET, bytes(Map.of("courseid", 5))).then().statusCode(400)
                .body("type", equalTo("https://microcred.org/problems/malformed-body"));
    }

    /** A fixture with a fresh plugin event id, the course and a learner of its own. */
    static ObjectNode event(String fixture, long course) {
        ObjectNode event = Fixtures.event(fixture);
        event.put("eventid", UUID.randomUUID().toString());
        event.put("courseid", course);
        if (event.hasNonNull("relateduserid")) {
            long user = System.nanoTime() % 1_000_000L;
            event.put("relateduserid", user);
            ((ObjectNode) event.get("relateduser")).put("id", user);
            ((ObjectNode) event.get("relateduser")).put("email", "moodle-" + UUID.randomUUID() + "@learners.example.org");
        }
        return event;
    }
}
