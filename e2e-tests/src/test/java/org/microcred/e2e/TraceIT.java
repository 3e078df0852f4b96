package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventCodec;
import org.microcred.events.Topics;
import org.microcred.e2e.OtlpReceiver.ReceivedSpan;

/**
 * One trace follows a request through the outbox, Kafka and each consumer to the next outbox: the services export
 * their spans to the receiver of {@link RunningSystem}, and the trace id a request started is the one in the events
 * it caused, in every consumer's span, and in the events those consumers published in turn.
 */
class TraceIT {

    private static final int SERVER = 2;
    private static final int CONSUMER = 5;
    private static final Set<String> ALL_FIVE = Set.of("enrolment-service", "submission-service",
            "assessment-service", "issuance-service", "wallet-service");

    private final RunningSystem system = RunningSystem.get();
    private final JourneyClient client = system.client;
    private final KafkaProbe kafka = new KafkaProbe();

    @Test
    void theAssessorsDecisionIsOneTraceThroughAllFiveServicesToTheWallet() {
        JourneyWalk.Result journey = walkOneJourney();

        String traceId = traceOf(Topics.ASSESSMENT, "assessment.decided", journey.assessmentId());
        List<ReceivedSpan> spans = awaitServices(traceId, ALL_FIVE);

        assertRootIsARequestTo("assessment-service", spans);
        // The consumers' own events stay in the trace: issuance's credential and the wallet's receipt of it.
        assertEquals(traceId, traceOf(Topics.ISSUANCE, "credential.issued", journey.credentialId()));
        assertEquals(traceId, traceOf(Topics.WALLET, "wallet.credential.stored", journey.credentialId()));
        for (String consumer : List.of("submission-service", "issuance-service", "wallet-service",
                "enrolment-service")) {
            assertTrue(spans.stream().anyMatch(s -> s.service().equals(consumer) && s.kind() == CONSUMER),
                    consumer + " handled the decision's events in a consumer span of the trace: " + describe(spans));
        }
    }

    @Test
    void theEarnersSubmissionIsOneTraceThroughTheServicesThatConsumeIt() {
        JourneyWalk.Result journey = walkOneJourney();

        String traceId = traceOf(Topics.SUBMISSION, "submission.submitted", journey.submissionId());
        List<ReceivedSpan> spans = awaitServices(traceId,
                Set.of("submission-service", "assessment-service", "enrolment-service"));

        assertRootIsARequestTo("submission-service", spans);
    }

    private JourneyWalk.Result walkOneJourney() {
        String achievementId = client.publishAchievement("nb-admin", "Traced journey");
        return new JourneyWalk(client, (stage, nanos, detail) -> { }).walk("nb-earner", "nb-assessor", achievementId);
    }

    /**
     * The trace id of the event of that type whose record names {@code id}: the envelope's {@code traceparent} and the
     * record's header must agree.
     */
    private String traceOf(String topic, String type, String id) {
        ConsumerRecord<String, String> record = kafka.find(system.topicPrefix + topic, type, id).orElseThrow(
                () -> new AssertionError("no " + type + " naming " + id));
        String inEnvelope = EventCodec.decode(record.value()).traceparent();
        Header header = record.headers().lastHeader("traceparent");
        assertNotNull(inEnvelope, type + " carries a traceparent");
        assertNotNull(header, type + " has a traceparent header");
        assertEquals(inEnvelope, new String(header.value(), StandardCharsets.UTF_8), "envelope and header agree");
        assertEquals(1, count(record.headers().headers("traceparent")), "one traceparent header");
        String[] parts = inEnvelope.split("-");
        assertEquals("01", parts[3], "sampled: " + inEnvelope);
        return parts[1];
    }

    /**
     * The trace's spans once every expected service has exported one and every parent is among them (spans leave in
     * batches, every few seconds).
     */
    private List<ReceivedSpan> awaitServices(String traceId, Set<String> expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (true) {
            List<ReceivedSpan> spans = system.spans.ofTrace(traceId);
            if (services(spans).containsAll(expected) && parentsPresent(spans)) {
                return spans;
            }
            if (System.nanoTime() > deadline) {
                fail("trace " + traceId + " should have spans of " + new TreeSet<>(expected) + ": " + describe(spans));
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void assertRootIsARequestTo(String service, List<ReceivedSpan> spans) {
        List<ReceivedSpan> roots = spans.stream().filter(s -> s.parentSpanId().isEmpty()).toList();
        assertEquals(1, roots.size(), "one root: " + describe(spans));
        assertEquals(service, roots.get(0).service(), describe(spans));
        assertEquals(SERVER, roots.get(0).kind(), "the trace starts at an HTTP request: " + describe(spans));
    }

    /** Every span's parent has been exported too: one connected tree, not pieces of two traces. */
    private static boolean parentsPresent(List<ReceivedSpan> spans) {
        Set<String> ids = spans.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        return spans.stream().allMatch(s -> s.parentSpanId().isEmpty() || ids.contains(s.parentSpanId()));
    }

    private static Set<String> services(List<ReceivedSpan> spans) {
        return spans.stream().map(ReceivedSpan::service).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String describe(List<ReceivedSpan> spans) {
        return spans.stream().map(s -> s.service() + ": " + s.name()).sorted().toList().toString();
    }

    private static int count(Iterable<Header> headers) {
        int n = 0;
        for (Header ignored : headers) {
            n++;
        }
        return n;
    }
}
