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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.LockMode;
import org.jboss.logging.Logger;
import org.microcred.events.CloudEventHeaders;
import org.microcred.support.background.RepeatingPass;
import org.microcred.support.messaging.KafkaTopicsConfig;
import org.microcred.support.messaging.TopicNames;
import org.microcred.support.metrics.OutboxCounters;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * Publishes outbox rows to Kafka in the order they were written, then marks them published. A row that cannot be
 * published (larger than {@code microcred.outbox.max-event-bytes}, refused by Kafka as too large or unserializable,
 * or refused for another non-retriable reason {@code max-attempts} times in a row) is parked with its reason, and the
 * rows after it keep flowing; an operator retries or drops it ({@link ParkedEventsResource}). A broker that is away
 * parks nothing: its rows are retried until it is back.
 *
 * <p>Several replicas take turns: a pass holds the service's relay lock ({@link #publishPending}), so rows go to
 * Kafka in their order whichever instance wrote them; rows are also locked {@code FOR UPDATE SKIP LOCKED}. A crash
 * after publishing but before marking means the row is published again on the next pass: delivery is at least once,
 * and consumers de-duplicate on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * Unpublished rows in order, without the parked ones and the rows held behind them: a later row of a parked
     * row's topic and key waits until the parked one is retried and published, or dropped, so a consumer never sees
     * a key's events out of order. Other keys, and other tenants, keep flowing.
     */
    /**
     * Unpublished rows in order, except those behind a parked row of the same key. HQL, not SQL, so that Hibernate
     * caches its plan once (a native select adds a cache entry per execution: see {@code AdvisoryLocks}); with the
     * limit ({@code setMaxResults}) and {@link LockMode#UPGRADE_SKIPLOCKED}, PostgreSQL runs it as {@code ... ORDER BY
     * seq FETCH FIRST $1 ROWS ONLY FOR NO KEY UPDATE OF e SKIP LOCKED} (no key update: the pass only sets
     * published_at and the error columns).
     */
    private static final String SELECT_UNPUBLISHED = "from OutboxEvent e"
            + " where e.publishedAt is null and e.parkedAt is null"
            + " and not exists (select 1 from OutboxEvent p where p.parkedAt is not null"
            + " and p.publishedAt is null and p.topic = e.topic and p.recordKey = e.recordKey and p.seq < e.seq)"
            + " order by e.seq";

    /** The name of the advisory lock every relay of a service takes for its pass (each service has its own database). */
    static final String RELAY_LOCK = "outbox-relay";

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final TopicNames topics;
    private final String source;
    private final int maxRequestSize;
    private final int maxMessageBytes;
    private final OutboxCounters counters;
    private final AdvisoryLocks locks;
    private volatile RepeatingPass passes;

    public OutboxRelay(@Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
            MutinyEmitter<String> emitter, OutboxConfig config, TopicNames topics, KafkaTopicsConfig topicsConfig,
            @ConfigProperty(name = "quarkus.application.name") String source,
            @ConfigProperty(name = "mp.messaging.outgoing.outbox.max.request.size", defaultValue = "1048576")
            int maxRequestSize, OutboxCounters counters, AdvisoryLocks locks) {
        this.emitter = emitter;
        this.config = config;
        this.topics = topics;
        this.source = "/" + source;
        this.maxRequestSize = maxRequestSize;
        this.maxMessageBytes = topicsConfig.maxMessageBytes();
        this.counters = counters;
        this.locks = locks;
    }

    /**
     * Starts the relay loop once the application (and its messaging channels) is up. Each pass
     * schedules the next when it ends, so passes never overlap: at once after a full batch or a
     * {@link #wake()}, after the fallback poll interval otherwise.
     */
    void start(@Observes StartupEvent started, Vertx vertx) {
        EventSizeLimits.check(config.maxEventBytes(), maxRequestSize, maxMessageBytes);
        if (!config.relayEnabled()) {
            LOG.warn("Outbox relay disabled (microcred.outbox.relay-enabled=false): events stay unpublished");
            return;
        }
        // A full batch: more may be waiting; go on at once. A failed pass (the database away) is retried after a delay.
        passes = new RepeatingPass(vertx, "Outbox relay", this::publishPending,
                published -> published >= config.batchSize(), config.pollInterval(), config.failureRetryDelay());
        // The first pass at once: rows left unpublished by the last run of this service (or by a crashed replica).
        passes.start(java.time.Duration.ZERO);
    }

    /**
     * New rows were committed: publish now rather than at the fallback poll. {@link Outbox#add} calls it once the
     * transaction that wrote them has committed; a pass started before the commit would not see them, hence a pass
     * running when woken is followed by another.
     */
    public void wake() {
        RepeatingPass current = passes;
        if (current != null) {
            current.wake();
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (passes != null) {
            passes.stop();
        }
    }

    /**
     * Publishes one batch and answers how many events it published. One relay of the service at a time: each pass
     * first waits for the service's relay lock, held until its transaction ends. Row locks alone would let a second
     * instance skip the rows another is sending and send a later row of the same key first, so a consumer could see
     * a credential revoked before it was issued. Waiting (rather than skipping the pass) means rows committed on
     * this instance while another relays are published as soon as that pass ends, not at the next fallback poll.
     */
    public Uni<Integer> publishPending() {
        return Panache.withTransaction(() -> locks.lock(RELAY_LOCK).chain(Panache::getSession).chain(session -> session
                .createSelectionQuery(SELECT_UNPUBLISHED, OutboxEvent.class)
                .setMaxResults(config.batchSize())
                .setLockMode("e", LockMode.UPGRADE_SKIPLOCKED)
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(0) : publish(rows))))
                // counted once the transaction marking them has committed: a rolled-back pass counts nothing
                .invoke(counters::published);
    }

    private Uni<Integer> publish(List<OutboxEvent> rows) {
        Instant now = Instant.now();
        // Sent in order before waiting: the idempotent producer keeps per-partition order. A row too large is
        // parked without being sent, and the later rows of its key wait with it (the query holds them next time).
        Set<List<String>> heldKeys = new HashSet<>();
        List<OutboxEvent> sent = new ArrayList<>(rows.size());
        List<Uni<Throwable>> outcomes = new ArrayList<>(rows.size());
        for (OutboxEvent row : rows) {
            if (heldKeys.contains(orderKey(row))) {
                continue;
            }
            int bytes = row.envelope.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > config.maxEventBytes()) {
                park(row, "too-large: the event has " + bytes + " bytes, more than microcred.outbox.max-event-bytes="
                        + config.maxEventBytes(), now);
                heldKeys.add(orderKey(row));
                continue;
            }
            sent.add(row);
            outcomes.add(emitter.sendMessage(toMessage(row))
                    .replaceWith((Throwable) null)
                    .onFailure().recoverWithItem(failure -> failure));
        }
        if (sent.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Uni.join().all(outcomes).andFailFast().map(failures -> settle(sent, failures, now));
    }

    /** Marks what was published; counts or parks what Kafka refused; leaves what met a transient failure. */
    private int settle(List<OutboxEvent> sent, List<Throwable> failures, Instant now) {
        int published = 0;
        int transients = 0;
        for (int i = 0; i < sent.size(); i++) {
            OutboxEvent row = sent.get(i);
            Throwable failure = failures.get(i);
            if (failure == null) {
                row.published(now);
                published++;
                continue;
            }
            PublishFailure kind = PublishFailure.of(failure);
            if (kind == PublishFailure.TRANSIENT) {
                transients++;
            } else if (row.failed(kind, PublishFailure.describe(failure), config.maxAttempts(), now)) {
                logParked(row);
            }
        }
        if (transients > 0) {
            LOG.warnf("Outbox relay: %d of %d events not published this pass (broker trouble, retried): %s",
                    transients, sent.size(), failures.stream().filter(f -> f != null).findFirst().orElse(null));
        }
        return published;
    }

    private void park(OutboxEvent row, String reason, Instant now) {
        row.park(reason, now);
        logParked(row);
    }

    private static void logParked(OutboxEvent row) {
        LOG.errorf("Outbox event %s (%s, tenant %s, key %s) parked: %s. Later events of its key wait; see %s",
                row.eventId, row.eventType, row.tenantId, row.recordKey, row.parkReason, ParkedEventsResource.PATH);
    }

    /** Rows of one topic and key keep their order: Kafka orders by partition, and the key picks the partition. */
    private static List<String> orderKey(OutboxEvent row) {
        return List.of(row.topic, row.recordKey);
    }

    private Message<String> toMessage(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(row.eventId, source, row.eventType, row.occurredAt, row.subject, row.tenantId,
                row.traceparent).forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topics.of(row.topic))
                .withKey(row.recordKey)
                .withHeaders(headers)
                .build();
        return Message.of(row.envelope).addMetadata(metadata);
    }
}
