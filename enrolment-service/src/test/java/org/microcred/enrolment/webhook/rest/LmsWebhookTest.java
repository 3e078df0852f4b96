package org.microcred.enrolment.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.support.testing.Tokens;

/**
 * The signed LMS webhook at its edge: the 202 receipt, a delivery id kept once, and who may follow a
 * delivery. What is refused synchronously: LmsWebhookRefusalsTest; what the inbox then does: LmsInboxTest.
 */
@Tag("servers")
@QuarkusTest
class LmsWebhookTest {

    private static final String TENANT = "northbridge";

    @Test
    void aSignedDeliveryIsAcceptedWith202AndItsStatusToFollow() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "LMS enrols " + UUID.randomUUID(),
                Map.of("termsVersion", "t-3"));
        String learner = "lms-learner-" + UUID.randomUUID();
        String id = "msg_" + UUID.randomUUID();
        String statusUrl = "/api/v1/webhooks/lms/" + TENANT + "/deliveries/" + id;
        WebhookSigner.deliver(TENANT, id, Instant.now().getEpochSecond(),
                        WebhookSigner.enrolmentRequested(achievement, learner))
                .then().statusCode(202)
                .contentType(ContentType.JSON)
                .header("Location", containsString(statusUrl))
                .body("deliveryId", equalTo(id))
                .body("status", equalTo("RECEIVED"))
                .body("statusUrl", equalTo(statusUrl));

        JsonPath status = WebhookSigner.settled(TENANT, id);
        assertEquals("PROCESSED", status.getString("status"), status.prettify());
        assertEquals("enrolment.requested", status.getString("type"));
        assertEquals(id, status.getString("deliveryId"));
        assertEquals("ACTIVE", status.getString("result.status"));
        assertTrue(status.getBoolean("result.created"));
        assertNull(status.get("problem"));
        String enrolment = status.getString("result.enrolmentId");
        Instant received = Instant.parse(status.getString("receivedAt"));
        Instant processed = Instant.parse(status.getString("processedAt"));
        assertTrue(!processed.isBefore(received), status.prettify());

        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/enrolments/" + enrolment)
                .then().statusCode(200)
                .body("source", equalTo("lms"))
                .body("earnerId", equalTo(learner))
                .body("earnerEmail", equalTo(learner + "@learners.example.org"))
                .body("commitment.termsVersion", equalTo("t-3"))
                .body("commitment.acceptedAt", notNullValue());
    }

    @Test
    void theSameDeliveryAgainHasOneEffectAndAnswersTheFirstOnesCurrentStatus() {
        UUID achievement = EnrolmentFixture.published("Replayed " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "replayed-" + UUID.randomUUID());
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        WebhookSigner.deliver(TENANT, id, now, body).then().statusCode(202);
        String enrolment = WebhookSigner.settled(TENANT, id).getString("result.enrolmentId");

        WebhookSigner.deliver(TENANT, id, now + 1, body).then().statusCode(202)
                .body("deliveryId", equalTo(id))
                .body("status", equalTo("PROCESSED"))
                .body("result.enrolmentId", equalTo(enrolment));
        assertEquals(enrolment, WebhookSigner.settled(TENANT, id).getString("result.enrolmentId"));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void copiesOfOneDeliveryArrivingAtOnceAreStoredOnce() throws Exception {
        UUID achievement = EnrolmentFixture.published("Copies at once " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "copied-" + UUID.randomUUID());
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<io.restassured.response.Response>> replies = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(pool.submit(() -> WebhookSigner.deliver(TENANT, id, now, body)));
            }
            Set<String> ids = new HashSet<>();
            for (var reply : replies) {
                io.restassured.response.Response response = reply.get();
                assertEquals(202, response.statusCode(), response.asString());
                ids.add(response.path("deliveryId"));
            }
            assertEquals(Set.of(id), ids);
        } finally {
            pool.shutdown();
        }
        assertEquals("PROCESSED", WebhookSigner.settled(TENANT, id).getString("status"));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aReusedIdWithAnotherBodyIsA409() {
        UUID achievement = EnrolmentFixture.published("Reused id " + UUID.randomUUID());
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        WebhookSigner.deliver(TENANT, id, now, WebhookSigner.enrolmentRequested(achievement, "a-" + UUID.randomUUID()))
                .then().statusCode(202);
        WebhookSigner.deliver(TENANT, id, now, WebhookSigner.enrolmentRequested(achievement, "b-" + UUID.randomUUID()))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/webhook-id-reused"));
        WebhookSigner.settled(TENANT, id);
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aDeliveryIdWithReservedCharactersIsFollowedThroughItsEncodedStatusUrl() {
        UUID achievement = EnrolmentFixture.published("Odd id " + UUID.randomUUID());
        String id = "msg/" + UUID.randomUUID() + "?x=1#y%20";
        String statusUrl = WebhookSigner.deliver(TENANT, id, Instant.now().getEpochSecond(),
                        WebhookSigner.enrolmentRequested(achievement, "odd-" + UUID.randomUUID()))
                .then().statusCode(202).body("deliveryId", equalTo(id)).extract().path("statusUrl");
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.lms(TENANT)).get(statusUrl)
                .then().statusCode(200).body("deliveryId", equalTo(id));
    }

    @Test
    void theStatusIsForTheTenantsLmsIntegrationOnly() {
        UUID achievement = EnrolmentFixture.published("Status access " + UUID.randomUUID());
        String id = WebhookSigner.deliver(TENANT,
                        WebhookSigner.enrolmentRequested(achievement, "s-" + UUID.randomUUID()))
                .then().statusCode(202).extract().path("deliveryId");
        String path = "/api/v1/webhooks/lms/" + TENANT + "/deliveries/" + id;
        given().auth().oauth2(Tokens.lms(TENANT)).get(path).then().statusCode(200).body("deliveryId", equalTo(id));
        given().get(path).then().statusCode(401);
        for (String user : List.of("nb-earner", "nb-admin", "nb-assessor")) {
            given().auth().oauth2(Tokens.user(user)).get(path).then().statusCode(403);
        }
        // Southport's LMS asking under Northbridge's path, or under its own for Northbridge's delivery.
        given().auth().oauth2(Tokens.lms("southport")).get(path).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.lms("southport")).get("/api/v1/webhooks/lms/southport/deliveries/" + id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.lms(TENANT)).get("/api/v1/webhooks/lms/" + TENANT + "/deliveries/msg_unknown")
                .then().statusCode(404);
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RECEIVED".equals(
                WebhookSigner.status(TENANT, id).then().extract().path("status")));
    }
}
