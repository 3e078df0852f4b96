package org.microcred.enrolment.outbound.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.outbound.OutboundEndpoint;
import org.microcred.enrolment.outbound.OutboundEvent;
import org.microcred.enrolment.outbound.OutboundEventTypes;
import org.microcred.enrolment.outbound.repository.OutboundDeliveries;
import org.microcred.enrolment.outbound.repository.OutboundEndpoints;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.support.metrics.AfterCommit;

/**
 * Writes the deliveries of a consumed event, in the consumer's transaction (with its processed-event mark): one per
 * enabled endpoint of the event's tenant subscribed to its type. This table is the outbox of the feature: once the
 * event is marked consumed, its deliveries are stored, and the sender takes them from there.
 */
@ApplicationScoped
public class OutboundRecorder {

    private final OutboundEndpoints endpoints;
    private final OutboundDeliveries deliveries;
    private final OutboundSender sender;
    private final ObjectMapper mapper;

    public OutboundRecorder(OutboundEndpoints endpoints, OutboundDeliveries deliveries, OutboundSender sender,
            ObjectMapper mapper) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.mapper = mapper;
    }

    public Uni<Void> onEvent(EventEnvelope<EventPayload> event) {
        return OutboundEventTypes.of(event)
                .map(outbound -> endpoints.subscribed(event.tenantId(), outbound.type())
                        .chain(subscribed -> subscribed.isEmpty() ? Uni.createFrom().voidItem()
                                : record(event, outbound, subscribed)))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private Uni<Void> record(EventEnvelope<EventPayload> event, OutboundEvent outbound,
            List<OutboundEndpoint> subscribed) {
        Instant now = Instant.now();
        return withEarnerEmail(event.tenantId(), outbound).chain(data -> {
            String body = body(outbound.type(), event.occurredAt(), data);
            return Multi.createFrom().iterable(subscribed)
                    .onItem().transformToUniAndConcatenate(endpoint -> deliveries.add(UUID.randomUUID(),
                            event.tenantId(), endpoint.id, event.eventId(), outbound.type(), outbound.subject(), body,
                            now))
                    .collect().asList()
                    .invoke(added -> {
                        if (added.contains(true)) {
                            AfterCommit.run(sender::wake);
                        }
                    })
                    .replaceWithVoid();
        });
    }

    /** The earner's email from the enrolment (verified when they enrolled), when the event does not carry it. */
    private Uni<Map<String, Object>> withEarnerEmail(String tenant, OutboundEvent outbound) {
        if (outbound.enrolmentId() == null || outbound.data().containsKey("earnerEmail")) {
            return Uni.createFrom().item(outbound.data());
        }
        return Panache.getSession().chain(s -> s.find(Enrolment.class, outbound.enrolmentId())).map(enrolment -> {
            if (enrolment == null || !tenant.equals(enrolment.tenantId) || enrolment.earnerEmail == null) {
                return outbound.data();
            }
            Map<String, Object> data = new LinkedHashMap<>(outbound.data());
            data.put("earnerEmail", enrolment.earnerEmail);
            return data;
        });
    }

    private String body(String type, Instant timestamp, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", timestamp.toString());
        body.put("data", data);
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a projection of ids, strings and numbers is always JSON", e);
        }
    }
}
