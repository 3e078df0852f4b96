package org.microcred.enrolment.webhook.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.microcred.enrolment.webhook.WebhookDelivery;

/** A delivery as the API shows it: the receipt the LMS gets, and the status it may poll. */
public final class DeliveryViews {

    private DeliveryViews() {
    }

    /** The 202 answer: the delivery is in the inbox; {@code result}/{@code problem} once known (a resend). */
    public record Receipt(String deliveryId, String status, String statusUrl,
            @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode result,
            @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode problem) {
    }

    /**
     * Where a delivery stands. {@code result}: {@code {enrolmentId, status, created}} or
     * {@code {enrolmentId, status, reportId}} once PROCESSED; {@code problem}: the RFC 9457 problem
     * once FAILED. {@code attempts} that failed and may pass, and {@code nextAttemptAt}, while a
     * retry is pending.
     */
    public record DeliveryView(String deliveryId, String type, String status, Instant receivedAt, Instant processedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode result,
            @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode problem,
            int attempts,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant nextAttemptAt) {
    }

    public static Receipt receipt(WebhookDelivery d, ObjectMapper mapper) {
        return new Receipt(d.webhookId, d.status.name(), statusUrl(d.tenantId, d.webhookId), json(d.result, mapper),
                json(d.problem, mapper));
    }

    public static DeliveryView view(WebhookDelivery d, ObjectMapper mapper) {
        return new DeliveryView(d.webhookId, d.eventType, d.status.name(), d.receivedAt, d.processedAt,
                json(d.result, mapper), json(d.problem, mapper), d.attempts,
                d.status == WebhookDelivery.Status.RECEIVED ? d.nextAttemptAt : null);
    }

    /** The status endpoint of a delivery; the id is encoded as one path segment. */
    public static String statusUrl(String tenantId, String webhookId) {
        return "/api/v1/webhooks/lms/" + tenantId + "/deliveries/"
                + URLEncoder.encode(webhookId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode json(String text, ObjectMapper mapper) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored delivery column is not JSON", e);
        }
    }
}
