package org.microcred.enrolment.webhook.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import org.microcred.enrolment.webhook.LmsMessage;
import org.microcred.enrolment.webhook.WebhookDelivery;
import org.microcred.enrolment.metrics.WebhookDeliveryMetrics;
import org.microcred.enrolment.webhook.repository.WebhookDeliveries;
import org.microcred.support.problem.ProblemException;

/**
 * The inbox of verified LMS deliveries. A delivery is stored raw, RECEIVED, keyed by
 * {@code (tenant, webhook-id)}, and applied later by {@link InboxProcessor}: once stored it is
 * never lost, whatever happens to this process. The same id again stores nothing and answers the
 * first delivery's current status; the same id with another body is a 409.
 */
@ApplicationScoped
public class WebhookInbox {

    private final WebhookDeliveries deliveries;
    private final WebhookDeliveryMetrics metrics;
    private final InboxProcessor processor;

    public WebhookInbox(WebhookDeliveries deliveries, WebhookDeliveryMetrics metrics, InboxProcessor processor) {
        this.deliveries = deliveries;
        this.metrics = metrics;
        this.processor = processor;
    }

    /** Stores the delivery unless its id is known; answers the stored row (this one, or the first). */
    public Uni<WebhookDelivery> receive(String tenantId, String webhookId, byte[] body, LmsMessage message) {
        String hash = sha256(body);
        String text = new String(body, StandardCharsets.UTF_8);
        AtomicBoolean storedNow = new AtomicBoolean();
        return Panache.withTransaction(() -> deliveries
                .storeIfAbsent(tenantId, webhookId, hash, message.type(), text, Instant.now())
                .invoke(inserted -> storedNow.set(inserted > 0))
                .chain(() -> deliveries.find(tenantId, webhookId)))
                .invoke(stored -> {
                    if (storedNow.get()) {
                        metrics.received(); // committed by now; a redelivery of the same id stored nothing
                        processor.wake(); // apply it now, not at the next poll
                    }
                    if (!stored.bodySha256.equals(hash)) {
                        throw ProblemException.conflict("webhook-id-reused",
                                "webhook-id " + webhookId + " was already used for a different delivery");
                    }
                });
    }

    /**
     * Stores a delivery this service wrote from a platform's event (webhook/adapter) unless its id is known; answers
     * the stored row. Unlike {@link #receive}, the same id with another body answers the first one: the id is the
     * platform's own event id, and a retry translated after its course mapping changed is still the same event.
     */
    public Uni<WebhookDelivery> receiveTranslated(String tenantId, String webhookId, byte[] body, LmsMessage message) {
        return receive(tenantId, webhookId, body, message)
                .onFailure(e -> e instanceof ProblemException p && p.status() == 409)
                .recoverWithUni(e -> Panache.withSession(() -> deliveries.find(tenantId, webhookId))
                        .onItem().ifNull().failWith(e));
    }

    /** Keeps a platform event that maps to nothing as IGNORED with its reason; the same id again stores nothing. */
    public Uni<WebhookDelivery> ignore(String tenantId, String webhookId, String eventType, byte[] body,
            String resultJson) {
        return Panache.withTransaction(() -> deliveries
                .storeIgnoredIfAbsent(tenantId, webhookId, sha256(body), eventType,
                        new String(body, StandardCharsets.UTF_8), resultJson, Instant.now())
                .chain(() -> deliveries.find(tenantId, webhookId)));
    }

    /** A delivery of the tenant; 404 when there is none (or it was forgotten after the retention). */
    @WithSession
    public Uni<WebhookDelivery> status(String tenantId, String webhookId) {
        return deliveries.find(tenantId, webhookId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Delivery", webhookId));
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
