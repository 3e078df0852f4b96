package org.microcred.enrolment.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.support.testing.OversizedBodies;
import org.microcred.support.testing.Tokens;

/**
 * What the LMS webhook refuses before storing anything, in the order it checks: size (413), signature, tenant and
 * time (401), shape (400) and type (422). A refused delivery stores nothing, so the LMS's retry is judged afresh.
 */
@Tag("servers")
@QuarkusTest
class LmsWebhookRefusalsTest {

    private static final String TENANT = "northbridge";

    @Test
    void aBadSignatureIsA401AndStoresNothing() {
        UUID achievement = EnrolmentFixture.published("Bad signature " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "forged-" + UUID.randomUUID());
        long now = Instant.now().getEpochSecond();
        String run = UUID.randomUUID().toString();
        String otherKey = "whsec_" + Base64.getEncoder().encodeToString(new byte[32]);
        WebhookSigner.deliverSigned(TENANT, "msg_1" + run, now, body,
                        WebhookSigner.signature(otherKey, "msg_1" + run, now, body))
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/invalid-webhook-signature"));
        // Signed for another body, or without the v1 prefix, or under another tenant's secret.
        String signedOther = WebhookSigner.signature(WebhookSigner.secret(TENANT), "msg_2" + run, now, body + " ");
        WebhookSigner.deliverSigned(TENANT, "msg_2" + run, now, body, signedOther).then().statusCode(401);
        String bare = WebhookSigner.signature(WebhookSigner.secret(TENANT), "msg_3" + run, now, body).substring(3);
        WebhookSigner.deliverSigned(TENANT, "msg_3" + run, now, body, bare).then().statusCode(401);
        String southport = WebhookSigner.signature(WebhookSigner.secret("southport"), "msg_4" + run, now, body);
        WebhookSigner.deliverSigned(TENANT, "msg_4" + run, now, body, southport).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks/lms/" + TENANT).then().statusCode(401);
        for (String refused : List.of("msg_1", "msg_2", "msg_3", "msg_4")) {
            WebhookSigner.status(TENANT, refused + run).then().statusCode(404);
        }
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void oneOfSeveralSignaturesMayMatchWhileASecretRotates() {
        UUID achievement = EnrolmentFixture.published("Rotation " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "rotating-" + UUID.randomUUID());
        long now = Instant.now().getEpochSecond();
        String old = "v1," + Base64.getEncoder().encodeToString(new byte[32]);
        String id = "msg_" + UUID.randomUUID();
        String current = WebhookSigner.signature(WebhookSigner.secret(TENANT), id, now, body);
        WebhookSigner.deliverSigned(TENANT, id, now, body, old + " " + current).then().statusCode(202);
    }

    @Test
    void aStaleOrFutureTimestampIsA401() {
        UUID achievement = EnrolmentFixture.published("Stale " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "stale-" + UUID.randomUUID());
        long now = Instant.now().getEpochSecond();
        WebhookSigner.deliver(TENANT, "msg_" + UUID.randomUUID(), now - 6 * 60, body)
                .then().statusCode(401).body("detail", containsString("minutes"));
        WebhookSigner.deliver(TENANT, "msg_" + UUID.randomUUID(), now + 6 * 60, body).then().statusCode(401);
    }

    /** An unknown tenant's delivery is answered word for word as a known tenant's bad one: no tenant enumeration. */
    @Test
    void anUnknownTenantIsA401ThatReadsExactlyLikeABadSignature() {
        String body = "{\"type\":\"enrolment.requested\",\"data\":{}}";
        long now = Instant.now().getEpochSecond();
        String signed = WebhookSigner.signature(WebhookSigner.secret(TENANT), "msg_x", now, body);
        String wrong = WebhookSigner.signature("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), "msg_x",
                now, body);
        assertEquals(answer(WebhookSigner.deliverSigned(TENANT, "msg_x", now, body, wrong)),
                answer(WebhookSigner.deliverSigned("nowhere", "msg_x", now, body, signed)));
        assertEquals(answer(WebhookSigner.deliverSigned(TENANT, "msg_x", now - 3600, body, wrong)),
                answer(WebhookSigner.deliverSigned("nowhere", "msg_x", now - 3600, body, signed)));
        assertEquals(answer(given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks/lms/" + TENANT)),
                answer(given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks/lms/nowhere")));
    }

    /** Status, type, title and detail of a refusal (the instance names the path, which differs by tenant). */
    private static List<Object> answer(io.restassured.response.Response response) {
        var problem = response.then().statusCode(401).contentType("application/problem+json").extract().jsonPath();
        return List.of(response.statusCode(), problem.getString("type"), problem.getString("title"),
                problem.getString("detail"));
    }

    /**
     * The shared body limit (microcred.http.body-limit.paths."/api/v1/webhooks/lms/"=64K): a declared length over
     * it is refused before the body is read, a body without one (chunked) once read; both 413 body-too-large (the
     * webhook's own check answered payload-too-large before the one limiter of service-support replaced it).
     */
    @Test
    void anOversizedBodyIsA413() {
        String body = "{\"type\":\"enrolment.requested\",\"pad\":\"" + "x".repeat(64 * 1024) + "\"}";
        oversized(body, false).then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/body-too-large"));
        oversized(body, true).then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/body-too-large"));
    }

    private static io.restassured.response.Response oversized(String body, boolean chunked) {
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var request = given().config(OversizedBodies.expectContinue()).contentType("application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", WebhookSigner.signature(WebhookSigner.secret(TENANT), id, now, body));
        return (chunked ? request.body(new ByteArrayInputStream(bytes)) : request.body(bytes))
                .post("/api/v1/webhooks/lms/" + TENANT);
    }

    @Test
    void anUnknownTypeIsA422AndMalformedDataA400AndNeitherIsStored() {
        String id = "msg_" + UUID.randomUUID();
        WebhookSigner.deliver(TENANT, id, Instant.now().getEpochSecond(), "{\"type\":\"grade.changed\",\"data\":{}}")
                .then().statusCode(422).body("type", equalTo("https://microcred.org/problems/unknown-webhook-type"));
        WebhookSigner.status(TENANT, id).then().statusCode(404);
        WebhookSigner.deliver(TENANT, "{\"type\":\"activity.completed\",\"data\":{\"achievementId\":\"nope\"}}")
                .then().statusCode(400).body("errors[0].field", equalTo("data.achievementId"));
        String tooHigh = WebhookSigner.json(Map.of("type", "activity.completed", "data", Map.of(
                "achievementId", UUID.randomUUID(), "learner", Map.of("id", "x"), "activityId", "quiz",
                "completed", true, "score", 101)));
        WebhookSigner.deliver(TENANT, tooHigh).then().statusCode(400).body("errors.field", hasItem("data.score"));
        WebhookSigner.deliver(TENANT, "not json").then().statusCode(400);
    }
}
