package org.microcred.enrolment.webhook.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.microcred.events.EventCodec;
import org.microcred.support.testing.Tokens;

/**
 * Signs deliveries as a Standard Webhooks sender (an LMS) does, independently of the service's
 * verifier: HMAC-SHA256 over {@code id.timestamp.body} under the base64-decoded {@code whsec_} secret
 * that bin/infra put in {@code MICROCRED_LMS_WEBHOOK_SECRET_<TENANT>}.
 */
public final class WebhookSigner {

    private WebhookSigner() {
    }

    public static String secret(String tenant) {
        String secret = System.getenv("MICROCRED_LMS_WEBHOOK_SECRET_" + tenant.toUpperCase());
        if (secret == null) {
            throw new IllegalStateException("MICROCRED_LMS_WEBHOOK_SECRET_" + tenant.toUpperCase()
                    + " is not set: eval \"$(bin/infra env)\" first");
        }
        return secret;
    }

    public static String signature(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers a body signed now under a fresh webhook-id. */
    public static Response deliver(String tenant, String body) {
        return deliver(tenant, "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond(), body);
    }

    public static Response deliver(String tenant, String id, long timestamp, String body) {
        return deliverSigned(tenant, id, timestamp, body, signature(secret(tenant), id, timestamp, body));
    }

    public static Response deliverSigned(String tenant, String id, long timestamp, String body, String signature) {
        return given().contentType("application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/webhooks/lms/" + tenant);
    }

    /** The status of a delivery, asked with the tenant's LMS integration token. */
    public static Response status(String tenant, String webhookId) {
        return given().auth().oauth2(Tokens.lms(tenant))
                .get("/api/v1/webhooks/lms/" + tenant + "/deliveries/" + webhookId);
    }

    /** Waits until the inbox has applied the delivery (PROCESSED or FAILED); answers its status. */
    public static JsonPath settled(String tenant, String webhookId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(
                () -> status(tenant, webhookId).then().statusCode(200).extract().jsonPath(),
                status -> !"RECEIVED".equals(status.getString("status")));
    }

    /** Delivers a body under a fresh id (202) and waits until it is applied; answers its status. */
    public static JsonPath deliverAndSettle(String tenant, String body) {
        String id = deliver(tenant, body).then().statusCode(202).extract().path("deliveryId");
        return settled(tenant, id);
    }

    /** Delivers and waits for the result of a delivery that must succeed. */
    public static JsonPath processed(String tenant, String body) {
        JsonPath status = deliverAndSettle(tenant, body);
        if (!"PROCESSED".equals(status.getString("status"))) {
            throw new AssertionError("Delivery not processed: " + status.prettify());
        }
        return status.setRootPath("result");
    }

    public static String enrolmentRequested(UUID achievementId, String learnerId) {
        return json(Map.of("type", "enrolment.requested", "data", Map.of("achievementId", achievementId,
                "learner", Map.of("id", learnerId, "email", learnerId + "@learners.example.org",
                        "name", "Learner " + learnerId))));
    }

    public static String activityCompleted(UUID achievementId, String learnerId, String activityId, Double score) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("achievementId", achievementId);
        data.put("learner", Map.of("id", learnerId));
        data.put("activityId", activityId);
        data.put("completed", true);
        if (score != null) {
            data.put("score", score);
        }
        return json(Map.of("type", "activity.completed", "data", data));
    }

    public static String json(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
