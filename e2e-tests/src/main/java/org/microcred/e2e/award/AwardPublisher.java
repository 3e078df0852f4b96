package org.microcred.e2e.award;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.microcred.events.CloudEventHeaders;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.Topics;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.CriterionScore;
import org.microcred.events.assessment.Decision;
import org.microcred.support.testing.TestKafka;

/**
 * Publishes AWARD decisions to {@code assessment.events.v1} as assessment-service's outbox relay does: keyed and
 * subjected by the enrolment, the envelope as the value, the same CloudEvents headers (ce_tenantid among them). Each
 * award is a fresh assessment of a fresh enrolment, so issuance issues each once. Logs in as the broker's super user,
 * like every client of the tests' harness.
 */
final class AwardPublisher implements AutoCloseable {

    /** What assessment-service's relay names as the source (its quarkus.application.name). */
    private static final String SOURCE = "/assessment-service";

    private final KafkaProducer<String, String> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    AwardPublisher() {
        Properties props = TestKafka.clientProperties();
        // As the relay's producer: every replica acknowledges, idempotent. A short linger batches the fast mode.
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** One award sent: its assessment id (which the wallet stores) and when the tool handed it to the producer. */
    record Published(UUID assessmentId, Instant at) {
    }

    /** Sends one award for the earner of an achievement version. */
    Published publish(BenchEarner earner, BenchEarner assessor, UUID achievementId, int achievementVersion) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID assessmentId = UUID.randomUUID();
        UUID enrolmentId = UUID.randomUUID();
        AssessmentDecided award = AssessmentDecided.builder()
                .assessmentId(assessmentId).submissionId(UUID.randomUUID()).enrolmentId(enrolmentId)
                .achievement(achievementId, achievementVersion)
                .earner(earner.id(), earner.email(), earner.name())
                .attempt(1).decision(Decision.AWARD)
                .scores(List.of(new CriterionScore("objectives", "proficient", "Objectives: clear and measurable"),
                        new CriterionScore("checks", "proficient", "Checks: well placed")))
                .feedback("Benchmark award").assessorId(assessor.id())
                .evidence(List.of()).links(List.of()).basis(AssessmentDecided.RUBRIC)
                .decidedAt(now).enrolledAt(now.minus(Duration.ofHours(1))).submittedAt(now.minus(Duration.ofMinutes(10)))
                .build();
        String key = enrolmentId.toString();
        EventEnvelope<AssessmentDecided> envelope = EventEnvelope.wrap(award, earner.tenantId(), key, now, null);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ASSESSMENT, null, key,
                EventCodec.encode(envelope), headers(envelope));
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            }
        });
        return new Published(assessmentId, now);
    }

    /** Waits until the broker has acknowledged every award sent; fails if any was refused. */
    void flush() {
        producer.flush();
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("An award was not published: " + e.getMessage(), e);
        }
    }

    /** The headers assessment-service's relay writes (CloudEventHeaders); a benchmark award has no trace context. */
    private static RecordHeaders headers(EventEnvelope<?> envelope) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(envelope.eventId(), SOURCE, envelope.type(), envelope.occurredAt(), envelope.subject(),
                envelope.tenantId(), null)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    /** Sleeps until the given System.nanoTime() instant (no-op when it has passed): paces a fixed rate. */
    static void awaitNanos(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
