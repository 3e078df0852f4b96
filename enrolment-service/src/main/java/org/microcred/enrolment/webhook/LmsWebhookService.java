package org.microcred.enrolment.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.service.EnrolmentService;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.persistence.UniqueViolation;
import org.microcred.support.problem.ProblemException;

/**
 * Applies a verified LMS delivery once. The effect and the {@code webhook_delivery} row commit in
 * one transaction: the same {@code webhook-id} again is answered with the stored result and has no
 * second effect; the same id with another body is a 409. Only deliveries that took effect are
 * stored, so a sender retrying after a 404 or 409 is judged afresh.
 */
@ApplicationScoped
public class LmsWebhookService {

    /** What the LMS is answered: a status and a JSON body. */
    public record Answer(int status, String json) {
    }

    /** The answer to {@code enrolment.requested}; {@code created} false: the learner was enrolled already. */
    public record Enrolled(UUID enrolmentId, EnrolmentStatus status, boolean created) {
    }

    private final WebhookDeliveries deliveries;
    private final EnrolmentService enrolments;
    private final ActivityReports activities;
    private final ObjectMapper mapper;

    public LmsWebhookService(WebhookDeliveries deliveries, EnrolmentService enrolments, ActivityReports activities,
            ObjectMapper mapper) {
        this.deliveries = deliveries;
        this.enrolments = enrolments;
        this.activities = activities;
        this.mapper = mapper;
    }

    public Uni<Answer> handle(String tenantId, String webhookId, byte[] body, LmsMessage message) {
        String hash = sha256(body);
        // Two copies of one delivery at once: the second's insert of the delivery row (or of the
        // enrolment) violates a unique key and rolls back; tried again, it finds the first's result.
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> deliveries.find(tenantId, webhookId)
                        .chain(existing -> existing != null ? Uni.createFrom().item(replay(existing, hash))
                                : apply(tenantId, webhookId, message)
                                        .call(answer -> deliveries.persist(row(tenantId, webhookId, hash, body,
                                                message, answer))))))
                .onFailure(UniqueViolation::is).retry().atMost(1);
    }

    private Uni<Answer> apply(String tenantId, String webhookId, LmsMessage message) {
        if (message.data() instanceof LmsMessages.EnrolmentRequested request) {
            LmsMessages.Learner learner = request.learner();
            return enrolments.enrolOnBehalf(new EnrolmentService.Applicant(tenantId, learner.id(), learner.email(),
                            learner.name(), Enrolment.SOURCE_LMS), request.achievementId())
                    .map(result -> answer(new Enrolled(result.enrolment().id, result.enrolment().status,
                            result.created())));
        }
        LmsMessages.ActivityCompleted activity = (LmsMessages.ActivityCompleted) message.data();
        return activities.report(tenantId, webhookId, activity)
                .map(this::answer);
    }

    private static Answer replay(WebhookDelivery delivery, String hash) {
        if (!delivery.bodySha256.equals(hash)) {
            throw ProblemException.conflict("webhook-id-reused",
                    "webhook-id " + delivery.webhookId + " was already used for a different delivery");
        }
        return new Answer(delivery.statusCode, delivery.response);
    }

    private Answer answer(Object body) {
        try {
            return new Answer(200, mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Answer could not be written", e);
        }
    }

    private static WebhookDelivery row(String tenantId, String webhookId, String hash, byte[] body,
            LmsMessage message, Answer answer) {
        WebhookDelivery row = new WebhookDelivery();
        row.tenantId = tenantId;
        row.webhookId = webhookId;
        row.bodySha256 = hash;
        row.eventType = message.type();
        row.body = new String(body, StandardCharsets.UTF_8);
        row.statusCode = answer.status();
        row.response = answer.json();
        row.receivedAt = Instant.now();
        return row;
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
