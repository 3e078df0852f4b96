package org.microcred.enrolment.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.enrolment.EnrolmentFixture;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.support.testing.Tokens;

/** The signed LMS webhook: verification, exactly-once effects, and both message types. */
@QuarkusTest
class LmsWebhookTest {

    private static final String TENANT = "northbridge";

    @Test
    void aSignedEnrolmentRequestEnrolsTheLearnerOnTheInstitutionsBehalf() {
        UUID achievement = EnrolmentFixture.published("nb-admin", "LMS enrols " + UUID.randomUUID(),
                Map.of("termsVersion", "t-3"));
        String learner = "lms-learner-" + UUID.randomUUID();
        String enrolment = WebhookSigner.deliver(TENANT, WebhookSigner.enrolmentRequested(achievement, learner))
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", equalTo("ACTIVE"))
                .body("enrolmentId", notNullValue())
                .extract().path("enrolmentId");
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/enrolments/" + enrolment)
                .then().statusCode(200)
                .body("source", equalTo("lms"))
                .body("earnerId", equalTo(learner))
                .body("earnerEmail", equalTo(learner + "@learners.example.org"))
                .body("commitment.termsVersion", equalTo("t-3"))
                .body("commitment.acceptedAt", notNullValue());
    }

    @Test
    void theSameDeliveryTwiceHasOneEffectAndGetsTheFirstAnswer() {
        UUID achievement = EnrolmentFixture.published("Replayed " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "replayed-" + UUID.randomUUID());
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        String first = WebhookSigner.deliver(TENANT, id, now, body).then().statusCode(200).extract().asString();
        String second = WebhookSigner.deliver(TENANT, id, now + 1, body).then().statusCode(200).extract().asString();
        assertEquals(first, second);
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void copiesOfOneDeliveryArrivingAtOnceHaveOneEffect() throws Exception {
        UUID achievement = EnrolmentFixture.published("Copies at once " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "copied-" + UUID.randomUUID());
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(pool.submit(() -> WebhookSigner.deliver(TENANT, id, now, body)));
            }
            java.util.Set<String> enrolments = new java.util.HashSet<>();
            for (var reply : replies) {
                io.restassured.response.Response response = reply.get();
                assertEquals(200, response.statusCode(), response.asString());
                enrolments.add(response.path("enrolmentId"));
            }
            assertEquals(1, enrolments.size(), "one enrolment: " + enrolments);
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aReusedIdWithAnotherBodyIsA409() {
        UUID achievement = EnrolmentFixture.published("Reused id " + UUID.randomUUID());
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        WebhookSigner.deliver(TENANT, id, now, WebhookSigner.enrolmentRequested(achievement, "a-" + UUID.randomUUID()))
                .then().statusCode(200);
        WebhookSigner.deliver(TENANT, id, now, WebhookSigner.enrolmentRequested(achievement, "b-" + UUID.randomUUID()))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/webhook-id-reused"));
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aBadSignatureIsA401AndChangesNothing() {
        UUID achievement = EnrolmentFixture.published("Bad signature " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "forged-" + UUID.randomUUID());
        long now = Instant.now().getEpochSecond();
        String otherKey = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        WebhookSigner.deliverSigned(TENANT, "msg_1", now, body, WebhookSigner.signature(otherKey, "msg_1", now, body))
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://microcred.org/problems/invalid-webhook-signature"));
        // Signed for another body, or without the v1 prefix, or under another tenant's secret.
        String signedOther = WebhookSigner.signature(WebhookSigner.secret(TENANT), "msg_2", now, body + " ");
        WebhookSigner.deliverSigned(TENANT, "msg_2", now, body, signedOther).then().statusCode(401);
        String bare = WebhookSigner.signature(WebhookSigner.secret(TENANT), "msg_3", now, body).substring(3);
        WebhookSigner.deliverSigned(TENANT, "msg_3", now, body, bare).then().statusCode(401);
        String southport = WebhookSigner.signature(WebhookSigner.secret("southport"), "msg_4", now, body);
        WebhookSigner.deliverSigned(TENANT, "msg_4", now, body, southport).then().statusCode(401);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/webhooks/lms/" + TENANT).then().statusCode(401);
        given().auth().oauth2(Tokens.user("nb-admin")).get("/api/v1/achievements/" + achievement + "/enrolments")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void oneOfSeveralSignaturesMayMatchWhileASecretRotates() {
        UUID achievement = EnrolmentFixture.published("Rotation " + UUID.randomUUID());
        String body = WebhookSigner.enrolmentRequested(achievement, "rotating-" + UUID.randomUUID());
        long now = Instant.now().getEpochSecond();
        String old = "v1," + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        String id = "msg_" + UUID.randomUUID();
        String current = WebhookSigner.signature(WebhookSigner.secret(TENANT), id, now, body);
        WebhookSigner.deliverSigned(TENANT, id, now, body, old + " " + current).then().statusCode(200);
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

    @Test
    void anUnknownTenantIsA401LikeABadSignature() {
        String body = "{\"type\":\"enrolment.requested\",\"data\":{}}";
        long now = Instant.now().getEpochSecond();
        WebhookSigner.deliverSigned("nowhere", "msg_x", now, body,
                WebhookSigner.signature(WebhookSigner.secret(TENANT), "msg_x", now, body)).then().statusCode(401);
    }

    @Test
    void anOversizedBodyIsA413() {
        String body = "{\"type\":\"enrolment.requested\",\"pad\":\"" + "x".repeat(64 * 1024) + "\"}";
        WebhookSigner.deliver(TENANT, body).then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void anUnknownTypeIsA422AndMalformedDataA400() {
        WebhookSigner.deliver(TENANT, "{\"type\":\"grade.changed\",\"data\":{}}")
                .then().statusCode(422).body("type", equalTo("https://microcred.org/problems/unknown-webhook-type"));
        WebhookSigner.deliver(TENANT, "{\"type\":\"activity.completed\",\"data\":{\"achievementId\":\"nope\"}}")
                .then().statusCode(400).body("errors[0].field", equalTo("data.achievementId"));
        String tooHigh = WebhookSigner.json(Map.of("type", "activity.completed", "data", Map.of(
                "achievementId", UUID.randomUUID(), "learner", Map.of("id", "x"), "activityId", "quiz",
                "completed", true, "score", 101)));
        WebhookSigner.deliver(TENANT, tooHigh).then().statusCode(400).body("errors.field", hasItem("data.score"));
        WebhookSigner.deliver(TENANT, "not json").then().statusCode(400);
    }

    @Test
    void enrollingInAnotherTenantsMicroCredentialIsA404() {
        UUID achievement = EnrolmentFixture.published("Northbridge's " + UUID.randomUUID());
        WebhookSigner.deliver("southport", WebhookSigner.enrolmentRequested(achievement, "sp-" + UUID.randomUUID()))
                .then().statusCode(404);
    }

    @Test
    void anActivityIsReportedForTheLearnersEnrolmentOnce() {
        UUID achievement = EnrolmentFixture.published("Activity " + UUID.randomUUID());
        String learner = "active-" + UUID.randomUUID();
        String enrolment = WebhookSigner.deliver(TENANT, WebhookSigner.enrolmentRequested(achievement, learner))
                .then().statusCode(200).extract().path("enrolmentId");
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        String body = WebhookSigner.activityCompleted(achievement, learner, "quiz-final", 86.5);
        String reportId = WebhookSigner.deliver(TENANT, id, now, body)
                .then().statusCode(200)
                .body("enrolmentId", equalTo(enrolment))
                .body("reportId", notNullValue())
                .extract().path("reportId");
        WebhookSigner.deliver(TENANT, id, now, body).then().statusCode(200).body("reportId", equalTo(reportId));

        List<ActivityReported> reports = await().atMost(Duration.ofSeconds(30)).until(
                () -> EnrolmentFixture.events(UUID.fromString(enrolment)).stream()
                        .map(e -> e.payload()).filter(ActivityReported.class::isInstance)
                        .map(ActivityReported.class::cast).toList(),
                list -> !list.isEmpty());
        assertEquals(1, reports.size(), "one report for one delivery: " + reports);
        ActivityReported report = reports.get(0);
        assertEquals(UUID.fromString(reportId), report.reportId());
        assertEquals("quiz-final", report.activityId());
        assertEquals(0, new BigDecimal("86.5").compareTo(report.score()));
        assertEquals(learner, report.earnerId());
        assertEquals(1, report.achievementVersion());
    }

    @Test
    void anActivityForALearnerWithoutEnrolmentIsA404() {
        UUID achievement = EnrolmentFixture.published("No learner " + UUID.randomUUID());
        WebhookSigner.deliver(TENANT, WebhookSigner.activityCompleted(achievement, "nobody-" + UUID.randomUUID(),
                        "quiz", null))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anActivityForAWithdrawnEnrolmentIsA409() {
        UUID achievement = EnrolmentFixture.published("Withdrawn learner " + UUID.randomUUID());
        UUID enrolment = EnrolmentFixture.enrolled("nb-earner2", achievement);
        given().auth().oauth2(Tokens.user("nb-earner2")).post("/api/v1/enrolments/" + enrolment + "/withdraw")
                .then().statusCode(200);
        WebhookSigner.deliver(TENANT, WebhookSigner.activityCompleted(achievement, EnrolmentFixture.userId("nb-earner2"),
                        "quiz", 90.0))
                .then().statusCode(409).body("type", equalTo("https://microcred.org/problems/enrolment-closed"));
    }
}
