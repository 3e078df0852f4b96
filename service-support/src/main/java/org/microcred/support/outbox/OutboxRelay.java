package org.microcred.support.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.microcred.support.background.RepeatingPass;
import org.microcred.support.messaging.TopicNames;

/**
 * Publishes outbox rows to Kafka in the order they were written, then marks them published.
 *
 * <p>Rows are locked with {@code FOR UPDATE SKIP LOCKED}, so several replicas can relay at once
 * without publishing the same row together. A crash after publishing but before marking means the
 * row is published again on the next pass: delivery is at least once, and consumers de-duplicate
 * on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String SELECT_UNPUBLISHED = "SELECT * FROM outbox_event WHERE published_at IS NULL"
            + " ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED";

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final TopicNames topics;
    private final String source;
    private volatile RepeatingPass passes;

    public OutboxRelay(@Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<String> emitter, OutboxConfig config, TopicNames topics,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.application.name") String source) {
        this.emitter = emitter;
        this.config = config;
        this.topics = topics;
        this.source = "/" + source;
    }

    /**
     * Starts the relay loop once the application (and its messaging channels) is up. Each pass
     * schedules the next when it ends, so passes never overlap: at once after a full batch,
     * after the poll interval otherwise.
     */
    void start(@Observes StartupEvent started, Vertx vertx) {
        if (!config.relayEnabled()) {
            LOG.warn("Outbox relay disabled (microcred.outbox.relay-enabled=false): events stay unpublished");
            return;
        }
        // A full batch: more may be waiting; go on at once. A failing broker is retried less often.
        passes = new RepeatingPass(vertx, "Outbox relay", this::publishPending,
                published -> published >= config.batchSize(), config.pollInterval(),
                config.pollInterval().multipliedBy(10));
        passes.start(config.pollInterval());
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (passes != null) {
            passes.stop();
        }
    }

    /** Publishes one batch and answers how many events it published. */
    public Uni<Integer> publishPending() {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(SELECT_UNPUBLISHED, OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(0) : publish(rows))));
    }

    private Uni<Integer> publish(List<OutboxEvent> rows) {
        // Sent in order before waiting: the idempotent producer keeps per-partition order.
        List<Uni<Void>> acks = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            acks.add(emitter.sendMessage(toMessage(row)));
        }
        Instant now = Instant.now();
        return Uni.join().all(acks).andFailFast()
                .invoke(() -> rows.forEach(row -> row.publishedAt = now))
                .replaceWith(rows.size());
    }

    private Message<String> toMessage(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        // CloudEvents 1.0 binary-mode attributes; the value is the whole envelope.
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", row.eventId.toString());
        header(headers, "ce_source", source);
        header(headers, "ce_type", row.eventType);
        header(headers, "ce_time", row.occurredAt.toString());
        header(headers, "ce_subject", row.subject);
        header(headers, "ce_tenantid", row.tenantId);
        header(headers, "content-type", "application/json");
        header(headers, "traceparent", row.traceparent);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topics.of(row.topic))
                .withKey(row.recordKey)
                .withHeaders(headers)
                .build();
        return Message.of(row.envelope).addMetadata(metadata);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
