package org.microcred.e2e;

import org.microcred.support.testing.KeycloakTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an institution's LMS does: signed webhook deliveries to enrolment-service, as Standard
 * Webhooks defines them. The signature is {@code v1,<base64 HMAC-SHA256(key, id + "." + timestamp +
 * "." + body)>}, the key being the base64-decoded part of the tenant's {@code whsec_...} secret (from
 * {@code MICROCRED_LMS_WEBHOOK_SECRET_<TENANT>}, exported by {@code bin/infra env}). A delivery is
 * answered 202 once in the service's inbox; the LMS then follows it on its status endpoint with its
 * client-credentials token until it is PROCESSED (with the result) or FAILED (with the problem).
 */
final class LmsWebhook {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;
    private final Endpoints at;
    private final KeycloakTokens tokens;

    LmsWebhook(JourneyClient client) {
        this.http = client.http();
        this.at = client.endpoints();
        this.tokens = client.tokens();
    }

    /** The tenant's secret as the services read it from the environment. */
    static String secret(String tenant) {
        return Endpoints.required(System.getenv(), "MICROCRED_LMS_WEBHOOK_SECRET_" + tenant.toUpperCase());
    }

    /** A new delivery, signed now with the tenant's own secret. */
    Http.Reply deliver(String tenant, String body) {
        return deliver(tenant, "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond(), body);
    }

    /** A delivery with a given id and timestamp (a retry sends the same id), signed with the tenant's secret. */
    Http.Reply deliver(String tenant, String webhookId, long timestamp, String body) {
        return deliver(tenant, webhookId, timestamp, body, signature(secret(tenant), webhookId, timestamp, body));
    }

    /** A delivery with whatever signature header the caller gives (to show that wrong ones are refused). */
    Http.Reply deliver(String tenant, String webhookId, long timestamp, String body, String signatureHeader) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", signatureHeader);
        return http.send("POST", url(tenant), null, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    String url(String tenant) {
        return at.enrolment() + "/api/v1/webhooks/lms/" + tenant;
    }

    String statusUrl(String tenant, String deliveryId) {
        return url(tenant) + "/deliveries/" + URLEncoder.encode(deliveryId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Where the delivery stands, asked as the tenant's LMS integration. */
    Http.Reply status(String tenant, String deliveryId) {
        return http.get(statusUrl(tenant, deliveryId), tokens.lms(tenant));
    }

    /** Waits until the inbox has applied the delivery; answers its status (PROCESSED or FAILED). */
    JsonNode awaitSettled(String tenant, String deliveryId) {
        return Poll.until("delivery " + deliveryId + " applied", JourneyClient.HOP, Duration.ofMillis(100), () -> {
            JsonNode status = status(tenant, deliveryId).expect(200).json();
            return "RECEIVED".equals(status.path("status").asText()) ? Optional.empty() : Optional.of(status);
        });
    }

    /** The receipt must be a 202; waits until that delivery is PROCESSED and answers its result. */
    JsonNode awaitResult(String tenant, Http.Reply receipt) {
        String deliveryId = accepted(receipt);
        JsonNode status = awaitSettled(tenant, deliveryId);
        if (!"PROCESSED".equals(status.path("status").asText())) {
            throw new AssertionError("delivery " + deliveryId + " was not processed: " + status);
        }
        return status.path("result");
    }

    /** Delivers a body under a new id and answers its result once applied. */
    JsonNode apply(String tenant, String body) {
        return awaitResult(tenant, deliver(tenant, body));
    }

    /** The id of an accepted delivery: 202 {@code {deliveryId, status, statusUrl}}. */
    static String accepted(Http.Reply receipt) {
        receipt.expect(202);
        String deliveryId = receipt.at("/deliveryId");
        if (deliveryId.isBlank() || receipt.at("/statusUrl").isBlank()) {
            throw new AssertionError("a 202 names the delivery and its status URL: " + receipt.text());
        }
        return deliveryId;
    }

    static String signature(String secret, String webhookId, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.startsWith("whsec_") ? secret.substring(6) : secret);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The learner as the LMS knows them: the Keycloak user id ({@code sub}), email and name. */
    static Map<String, Object> learner(JsonNode claims) {
        String name = claims.path("name").asText(claims.path("preferred_username").asText());
        return Map.of("id", claims.path("sub").asText(), "email", claims.path("email").asText(), "name", name);
    }

    static String enrolmentRequested(String achievementId, Map<String, Object> learner) {
        return json(Map.of("type", "enrolment.requested",
                "data", Map.of("achievementId", achievementId, "learner", learner)));
    }

    /** An activity report: completed, with a score (0 to 100) unless {@code score} is null. */
    static String activityCompleted(String achievementId, Map<String, Object> learner, String activityId,
            Double score) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("achievementId", achievementId);
        data.put("learner", learner);
        data.put("activityId", activityId);
        data.put("completed", true);
        if (score != null) {
            data.put("score", score);
        }
        data.put("occurredAt", Instant.now().toString());
        return json(Map.of("type", "activity.completed", "data", data));
    }

    /** An LMS's award request (a {@code progress} micro-credential's benchmark met); {@code score} null for none. */
    static String awardRequested(String achievementId, Map<String, Object> learner, Integer score,
            String evidenceUrl) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("achievementId", achievementId);
        data.put("learner", learner);
        if (score != null) {
            data.put("score", score);
        }
        data.put("evidenceUrl", evidenceUrl);
        return json(Map.of("type", "credential.award.requested", "data", data));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
