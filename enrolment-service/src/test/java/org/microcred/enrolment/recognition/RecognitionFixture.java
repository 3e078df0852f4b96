package org.microcred.enrolment.recognition;

import static org.awaitility.Awaitility.await;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.events.EventCodec;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.wallet.ExternalCredentialStatusChanged;
import org.microcred.events.wallet.ExternalCredentialSubmitted;
import org.microcred.support.testing.TestKafka;

/** The wallet's external-credential events, published as the wallet does, and what enrolment made of them. */
final class RecognitionFixture {

    static final String ISSUER = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";
    static final String ISSUER_NAME = "Eastbrook College";
    static final String ACHIEVEMENT = "https://eastbrook.example/achievements/data-literacy";
    static final String ACHIEVEMENT_NAME = "Data Literacy";

    private RecognitionFixture() {
    }

    /** An external credential submitted in the tenant's wallet; answers its recognition request's id. */
    static UUID submitted(String tenant, String earner, UUID external, Instant validUntil) {
        return submitted(tenant, earner, external, validUntil, "true");
    }

    /** {@code subjectMatches}: the wallet's verdict on whether the credential names the earner (true, false, unknown). */
    static UUID submitted(String tenant, String earner, UUID external, Instant validUntil, String subjectMatches) {
        ExternalCredentialSubmitted submitted = new ExternalCredentialSubmitted(external, earner, "json", ISSUER,
                ISSUER_NAME, false, ACHIEVEMENT, ACHIEVEMENT_NAME, "MicroCredential",
                Instant.now().minus(Duration.ofDays(30)), validUntil, subjectMatches, Instant.now());
        TestKafka.publish("test.", external.toString(),
                EventEnvelope.wrap(submitted, tenant, external.toString(), Instant.now(), null));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !query("SELECT id FROM recognition WHERE external_credential_id = :key", external)
                        .isEmpty());
        return (UUID) query("SELECT id FROM recognition WHERE external_credential_id = :key", external).get(0);
    }

    /** The wallet's re-check (or the earner) changed the credential's status; waits until it is recorded. */
    static void statusChanged(String tenant, String earner, UUID external, String status) {
        Instant at = Instant.now();
        ExternalCredentialStatusChanged changed = new ExternalCredentialStatusChanged(external, earner, status,
                "test: " + status, at);
        TestKafka.publish("test.", external.toString(),
                EventEnvelope.wrap(changed, tenant, external.toString(), at, null));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> ("test: " + status)
                .equals(query("SELECT credential_status_reason FROM recognition WHERE external_credential_id = :key",
                        external).get(0)));
    }

    static String status(UUID recognition) {
        return (String) query("SELECT status FROM recognition WHERE id = :key", recognition).get(0);
    }

    /** The outbox events under a record key. */
    static List<EventEnvelope<EventPayload>> committed(String key) {
        return query("SELECT envelope FROM outbox_event WHERE record_key = :key ORDER BY seq", key).stream()
                .map(row -> EventCodec.decode((String) row)).toList();
    }

    static List<Object> query(String sql, Object key) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.<Object>createNativeQuery(sql).setParameter("key", key).getResultList())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
