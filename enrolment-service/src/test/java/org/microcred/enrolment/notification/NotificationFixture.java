package org.microcred.enrolment.notification;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.rest.EnrolmentFixture;
import org.microcred.events.EventEnvelope;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.events.issuance.CredentialIssued;
import org.microcred.events.issuance.CredentialStatusChanged;
import org.microcred.support.testing.TestKafka;
import org.microcred.support.testing.Tokens;

/** Enrolments, the events that notify their earner, and the notification rows, for the notification tests. */
final class NotificationFixture {

    static final Duration WAIT = Duration.ofSeconds(60);

    private NotificationFixture() {
    }

    /** A journey of {@code earner} in a new micro-credential named {@code name}. */
    record Journey(String tenant, String earner, String earnerId, UUID achievementId, UUID enrolmentId, String name) {
    }

    /** The demo users: nb-* of northbridge, sp-* of southport. */
    static Journey enrolled(String earner, String name, Map<String, Object> settings) {
        boolean southport = earner.startsWith("sp-");
        UUID achievement = EnrolmentFixture.published(southport ? "sp-admin" : "nb-admin", name, settings);
        return new Journey(southport ? "southport" : "northbridge", earner, Tokens.subject(earner), achievement,
                EnrolmentFixture.enrolled(earner, achievement), name);
    }

    static Journey enrolled(String earner, String name) {
        return enrolled(earner, name, Map.of());
    }

    static EventEnvelope<AssessmentDecided> decided(Journey j, Decision decision, int attempt) {
        AssessmentDecided d = AssessmentDecided.builder().assessmentId(UUID.randomUUID())
                .submissionId(UUID.randomUUID()).enrolmentId(j.enrolmentId()).achievement(j.achievementId(), 1)
                .earner(j.earnerId(), "not-used@example.org", "Not used").attempt(attempt).decision(decision)
                .scores(List.of()).feedback("Good").assessorId("nb-assessor").evidence(List.of())
                .decidedAt(Instant.now()).basis(AssessmentDecided.RUBRIC).build();
        return EventEnvelope.wrap(d, j.tenant(), d.assessmentId().toString(), Instant.now(), null);
    }

    static EventEnvelope<CredentialIssued> issued(Journey j, UUID credentialId) {
        CredentialIssued c = new CredentialIssued(credentialId, j.enrolmentId(), UUID.randomUUID(), j.achievementId(), 1,
                j.earnerId(), j.name(), JsonNodeFactory.instance.objectNode(), Instant.now(), null);
        return EventEnvelope.wrap(c, j.tenant(), j.earnerId(), Instant.now(), null);
    }

    static EventEnvelope<CredentialStatusChanged> statusChanged(Journey j, UUID credentialId, String status) {
        CredentialStatusChanged c = new CredentialStatusChanged(credentialId, j.enrolmentId(), j.earnerId(), status,
                "Issued in error", "nb-admin", Instant.now());
        return EventEnvelope.wrap(c, j.tenant(), credentialId.toString(), Instant.now(), null);
    }

    /** Publishes on the test topic with the journey's key (the enrolment), so its events keep their order. */
    static void publish(Journey j, EventEnvelope<?> event) {
        TestKafka.publish("test.", j.enrolmentId().toString(), event);
    }

    /** Waits until exactly one message with the subject is in the mailbox, and answers it. */
    static Mailbox.Message awaitOneMail(String subject) {
        Mailbox.require();
        await().atMost(WAIT).until(() -> !Mailbox.withSubject(subject).isEmpty());
        List<Mailbox.Message> found = Mailbox.withSubject(subject);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " messages with the subject " + subject);
        }
        return found.get(0);
    }

    /** The notification rows of an enrolment: {@code kind:status:attempts}, oldest first. */
    static List<String> rows(UUID enrolmentId) {
        return sql("SELECT kind || ':' || status || ':' || attempts FROM notification WHERE enrolment_id = :id"
                + " ORDER BY created_at, kind", enrolmentId);
    }

    static void execute(String statement, UUID enrolmentId) {
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery(statement).setParameter("id", enrolmentId).executeUpdate())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sql(String query, UUID enrolmentId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession()
                    .chain(s -> s.createNativeQuery(query, String.class).setParameter("id", enrolmentId)
                            .getResultList())));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
