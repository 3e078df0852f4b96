package org.microcred.enrolment.webhook.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.enrolment.config.LmsConfig;
import org.microcred.enrolment.webhook.LmsMessage;
import org.microcred.enrolment.webhook.LmsMessageParser;
import org.microcred.enrolment.webhook.WebhookSignature;
import org.microcred.enrolment.webhook.service.InboxProcessor;
import org.microcred.enrolment.webhook.service.WebhookInbox;
import org.microcred.enrolment.webhook.service.WebhookSecrets;
import org.microcred.enrolment.metrics.WebhookDeliveryMetrics;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.rest.BodySizeLimit;

/**
 * The LMS webhook of each institution. No bearer token: the Standard Webhooks signature under the
 * tenant's secret is the authentication. What can be judged from the delivery itself is judged
 * here (size, signature, time, shape, type); a delivery that passes is stored in the inbox and
 * answered 202 with where to follow it. Its effect is applied from the inbox ({@link InboxProcessor}).
 */
@Path("/api/v1/webhooks/lms/{tenant}")
public class LmsWebhookResource {

    private static final Pattern WEBHOOK_ID = Pattern.compile("[\\p{Graph}]{1,255}");

    private final WebhookSecrets secrets;
    private final LmsMessageParser parser;
    private final WebhookInbox inbox;
    private final ObjectMapper mapper;
    private final LmsConfig config;
    /**
     * Larger bodies are refused (413) before anything else is done with them: the webhook's limit is
     * {@code microcred.http.body-limit.paths."/api/v1/webhooks/lms/"}.
     */
    private final BodySizeLimit limits;
    private final WebhookDeliveryMetrics metrics;

    public LmsWebhookResource(WebhookSecrets secrets, LmsMessageParser parser, WebhookInbox inbox,
            ObjectMapper mapper, LmsConfig config, BodySizeLimit limits, WebhookDeliveryMetrics metrics) {
        this.metrics = metrics;
        this.secrets = secrets;
        this.parser = parser;
        this.inbox = inbox;
        this.mapper = mapper;
        this.config = config;
        this.limits = limits;
    }

    /** 202 {@code {deliveryId, status, statusUrl}}; the same delivery again: 202 with its current status. */
    @POST
    @PermitAll
    public Uni<Response> receive(@RestPath String tenant, @RestHeader("webhook-id") String webhookId,
            @RestHeader("webhook-timestamp") String timestamp, @RestHeader("webhook-signature") String signature,
            byte[] body, @Context HttpServerRequest request) {
        byte[] bytes = body == null ? new byte[0] : body;
        LmsMessage message;
        try {
            message = judge(tenant, webhookId, timestamp, signature, bytes, request);
        } catch (RuntimeException e) {
            metrics.rejected();
            throw e;
        }
        return inbox.receive(tenant, webhookId, bytes, message)
                .map(stored -> {
                    DeliveryViews.Receipt receipt = DeliveryViews.receipt(stored, mapper);
                    return Response.accepted(receipt).type(MediaType.APPLICATION_JSON)
                            .location(URI.create(receipt.statusUrl())).build();
                });
    }

    /** What can be judged from the delivery itself; a delivery that fails it is rejected with its problem. */
    private LmsMessage judge(String tenant, String webhookId, String timestamp, String signature, byte[] bytes,
            HttpServerRequest request) {
        long maxBodyBytes = limits.limitOf(request);
        if (bytes.length > maxBodyBytes) {
            // A declared length over the limit was refused before the body was read (BodySizeLimit); this is a
            // body sent without one (chunked), read to find its size.
            throw BodySizeLimit.tooLarge(maxBodyBytes);
        }
        // An unknown tenant fails like a bad signature: the answer does not tell which tenants exist.
        WebhookSignature.verify(secrets.of(tenant).orElse(null), webhookId, timestamp, signature, bytes, Instant.now(),
                config.webhookTolerance());
        if (!WEBHOOK_ID.matcher(webhookId).matches()) {
            throw ProblemException.invalid("webhook-id", "must be 1 to 255 visible characters");
        }
        return parser.parse(bytes);
    }
}
