package org.microcred.enrolment.outbound.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.outbound.OutboundAttempt;
import org.microcred.enrolment.outbound.OutboundDelivery;
import org.microcred.enrolment.outbound.OutboundEndpoint;

/** The answers of the subscriptions API. */
public final class OutboundViews {

    private OutboundViews() {
    }

    /** An endpoint; {@code secret} only in the answer of its creation and of a rotation. */
    public record EndpointView(UUID id, String url, List<String> eventTypes, String description,
            String contactEmail, boolean enabled, String disabledReason, Instant previousSecretValidUntil,
            Instant createdAt, Instant updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
    }

    public record DeliveryView(UUID id, String type, String subject, String status, int attempts, int round,
            Instant createdAt, Instant nextAttemptAt, Instant finishedAt) {
    }

    public record AttemptView(int round, Instant attemptedAt, Integer httpStatus, String error, long durationMs) {
    }

    public record DeliveryDetail(UUID id, String type, String subject, String status, int attempts, int round,
            Instant createdAt, Instant nextAttemptAt, Instant finishedAt, List<AttemptView> history) {
    }

    public static EndpointView view(OutboundEndpoint e, String secret) {
        Instant overlap = e.previousSecretUntil != null && e.previousSecretUntil.isAfter(Instant.now())
                ? e.previousSecretUntil : null;
        return new EndpointView(e.id, e.url, e.types(), e.description, e.contactEmail, e.enabled, e.disabledReason,
                overlap, e.createdAt, e.updatedAt, secret);
    }

    public static DeliveryView view(OutboundDelivery d) {
        return new DeliveryView(d.id, d.type, d.subject, d.status.name(), d.attempts, d.round, d.createdAt,
                d.status == OutboundDelivery.Status.PENDING ? d.nextAttemptAt : null, d.finishedAt);
    }

    public static DeliveryDetail detail(OutboundDelivery d, List<OutboundAttempt> attempts) {
        return new DeliveryDetail(d.id, d.type, d.subject, d.status.name(), d.attempts, d.round, d.createdAt,
                d.status == OutboundDelivery.Status.PENDING ? d.nextAttemptAt : null, d.finishedAt,
                attempts.stream().map(a -> new AttemptView(a.round, a.attemptedAt, a.httpStatus, a.error,
                        a.durationMs)).toList());
    }
}
