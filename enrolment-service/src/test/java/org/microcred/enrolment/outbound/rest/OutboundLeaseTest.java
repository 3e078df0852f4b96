package org.microcred.enrolment.outbound.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.outbound.OutboundConfig;
import org.microcred.enrolment.outbound.rest.OutboundWebhookTest.Endpoint;
import org.microcred.enrolment.outbound.service.OutboundSender;

/**
 * The sender's leases: a delivery is sent with no transaction open, leased to one sender meanwhile. Deliveries are
 * written straight into the table (as the recorder would), leased or not yet due, so that the application's own
 * sender leaves them alone until the moment the test wants.
 */
@Tag("servers")
@QuarkusTest
class OutboundLeaseTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String INSERT = "INSERT INTO outbound_delivery (id, tenant_id, endpoint_id, event_id, type,"
            + " subject, body, status, attempts, round, next_attempt_at, created_at, leased_by, lease_until)"
            + " VALUES ($1, 'northbridge', $2, $3, 'credential.issued', $4, $5, 'PENDING', 0, 1,"
            + " now() + $6::float8 * interval '1 millisecond', now(), $7,"
            + " CASE WHEN $7::text IS NULL THEN NULL ELSE now() + $8::float8 * interval '1 millisecond' END)";

    @Inject
    Pool pool;

    @Inject
    OutboundSender sender;

    @Inject
    OutboundConfig config;

    /**
     * A sender leased the delivery and died before recording anything: nobody sends it while the lease holds, and
     * once it has expired the delivery is sent again, once, with its own webhook-id.
     */
    @Test
    void aLeaseLeftByACrashedSenderIsTakenAgainOnceItExpires() throws InterruptedException {
        try (Receiver receiver = Receiver.start(0, n -> 200)) {
            Endpoint endpoint = OutboundWebhookTest.create(receiver.url(), List.of("credential.issued"), null);
            try {
                UUID subject = UUID.randomUUID();
                // Due a minute ago, leased by another instance for two more seconds.
                UUID id = insert(endpoint, subject, -60_000, "crashed-instance", 2_000);

                // Another instance passes: the delivery is not due for it.
                sender.runOnce(Instant.now(), "another-instance").await().atMost(WAIT);
                Thread.sleep(1_000);
                assertTrue(receiver.about(subject.toString()).isEmpty(), "nothing sent while the lease holds");
                assertEquals("crashed-instance", column(id, "leased_by"));

                await().atMost(WAIT).until(() -> receiver.about(subject.toString()).size() == 1);
                Receiver.Request got = receiver.about(subject.toString()).get(0);
                assertEquals(id.toString(), got.id(), "the same webhook-id: the receiver can drop a copy");
                OutboundWebhookTest.verify(endpoint.secret(), got);
                await().atMost(WAIT).until(() -> "DELIVERED".equals(column(id, "status")));
                assertEquals(null, column(id, "leased_by"), "the lease is cleared with the result");
                assertEquals("1", column(id, "attempts"));
                Thread.sleep(700); // more than a poll of the sender (500 ms in the test settings)
                assertEquals(1, receiver.about(subject.toString()).size());
            } finally {
                OutboundWebhookTest.delete(endpoint);
            }
        }
    }

    /**
     * Two senders pass at once over the same due deliveries (each POST slow): every delivery is sent exactly once,
     * by one of them, and a subject's second delivery waits until its first is done.
     */
    @Test
    void twoSendersPassingAtOnceNeverSendTheSameDeliveryTwice() {
        try (Receiver receiver = Receiver.start(0, n -> -300)) {
            Endpoint endpoint = OutboundWebhookTest.create(receiver.url(), List.of("credential.issued"), null);
            try {
                List<UUID> subjects = new ArrayList<>();
                List<UUID> ids = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    UUID subject = UUID.randomUUID();
                    subjects.add(subject);
                    // Due in 3 s for the application's own sender; the two test senders pass as of 10 s from now.
                    ids.add(insert(endpoint, subject, 3_000, null, 0));
                }
                UUID secondOfFirstSubject = insert(endpoint, subjects.get(0), 3_000, null, 0);

                Instant later = Instant.now().plusSeconds(10);
                List<Integer> attempted = Uni.join().all(sender.runOnce(later, "sender-a"),
                        sender.runOnce(later, "sender-b")).andFailFast().await().atMost(WAIT);
                // One endpoint: together they take no more than its share; the rest follow.
                int share = Math.min(6, config.perEndpointConcurrency());
                assertEquals(share, attempted.get(0) + attempted.get(1), "each head attempted by one sender: "
                        + attempted);
                for (int i = 0; i < share; i++) {
                    List<Receiver.Request> got = receiver.about(subjects.get(i).toString());
                    assertEquals(1, got.size(), "sent once: " + ids.get(i));
                    assertEquals(ids.get(i).toString(), got.get(0).id());
                    assertEquals("DELIVERED", column(ids.get(i), "status"));
                    assertEquals("1", column(ids.get(i), "attempts"));
                }
                for (int i = share; i < 6; i++) {
                    UUID id = ids.get(i);
                    await().atMost(WAIT).until(() -> "DELIVERED".equals(column(id, "status")));
                    assertEquals(List.of(id.toString()), receiver.about(subjects.get(i).toString()).stream()
                            .map(Receiver.Request::id).toList(), "sent once");
                }

                // The subject's second delivery follows, once due for the application's sender.
                await().atMost(WAIT).until(() -> "DELIVERED".equals(column(secondOfFirstSubject, "status")));
                List<Receiver.Request> first = receiver.about(subjects.get(0).toString());
                assertEquals(List.of(ids.get(0).toString(), secondOfFirstSubject.toString()),
                        first.stream().map(Receiver.Request::id).toList());
                for (int i = 1; i < 6; i++) {
                    assertEquals(1, receiver.about(subjects.get(i).toString()).size());
                }
            } finally {
                OutboundWebhookTest.delete(endpoint);
            }
        }
    }

    /**
     * A slow endpoint with more due deliveries than a pass can take (more than the sender's 50) holds only its share
     * ({@code per-endpoint-concurrency}): another endpoint's delivery, the youngest of all, is sent in the same pass
     * and recorded while the slow endpoint's are still hanging.
     */
    @Test
    void aSlowEndpointTakesOnlyItsShareAndDoesNotHoldBackAnotherEndpoint() throws Exception {
        int share = config.perEndpointConcurrency();
        try (Receiver slow = Receiver.start(0, n -> -900); Receiver fast = Receiver.start(0, n -> 200)) {
            Endpoint slowEndpoint = OutboundWebhookTest.create(slow.url(), List.of("credential.issued"), null);
            Endpoint fastEndpoint = OutboundWebhookTest.create(fast.url(), List.of("credential.issued"), null);
            try {
                // Due in 20 s for the application's own sender; the test's pass runs as of 30 s from now.
                for (int i = 0; i < 60; i++) {
                    insert(slowEndpoint, UUID.randomUUID(), 20_000, null, 0);
                }
                UUID fastSubject = UUID.randomUUID();
                UUID fastId = insert(fastEndpoint, fastSubject, 20_000, null, 0);

                CompletableFuture<Integer> pass = sender.runOnce(Instant.now().plusSeconds(30), "sender-share")
                        .subscribeAsCompletionStage();
                await().atMost(WAIT).until(() -> "DELIVERED".equals(column(fastId, "status")));
                assertFalse(pass.isDone(), "the other endpoint's delivery did not wait for the slow endpoint");
                assertEquals(1, fast.about(fastSubject.toString()).size());
                assertTrue(slow.requests.size() <= share, "at most its share in flight: " + slow.requests.size());

                assertEquals(share + 1, pass.get(WAIT.toSeconds(), TimeUnit.SECONDS), "its share and the other one");
                assertEquals(share, slow.requests.size());
            } finally {
                OutboundWebhookTest.delete(slowEndpoint);
                OutboundWebhookTest.delete(fastEndpoint);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Inserts a PENDING delivery due in {@code dueInMs} (negative: past), leased or not; answers its id. */
    private UUID insert(Endpoint endpoint, UUID subject, long dueInMs, String leasedBy, long leaseForMs) {
        UUID id = UUID.randomUUID();
        String body = "{\"type\":\"credential.issued\",\"timestamp\":\"" + Instant.now() + "\",\"data\":{"
                + "\"credentialId\":\"" + subject + "\"}}";
        Tuple values = Tuple.tuple().addValue(id).addValue(UUID.fromString(endpoint.id())).addValue(UUID.randomUUID())
                .addValue(subject.toString()).addValue(body).addValue(dueInMs).addValue(leasedBy).addValue(leaseForMs);
        pool.preparedQuery(INSERT).executeAndAwait(values);
        return id;
    }

    private String column(UUID id, String column) {
        for (Row row : pool.preparedQuery("SELECT " + column + "::text AS v FROM outbound_delivery WHERE id = $1")
                .executeAndAwait(Tuple.of(id))) {
            return row.getString("v");
        }
        throw new AssertionError("no delivery " + id);
    }
}
