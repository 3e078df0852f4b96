package org.microcred.enrolment.webhook.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.service.EnrolmentService;
import org.microcred.enrolment.webhook.LmsMessage;
import org.microcred.enrolment.webhook.LmsMessageParser;
import org.microcred.enrolment.webhook.LmsMessages;
import org.microcred.enrolment.webhook.WebhookDelivery;
import org.microcred.events.enrolment.EnrolmentStatus;

/**
 * Applies one delivery from the inbox, in the caller's transaction: enrols the learner, reports
 * their activity, or asks for their award. Answers the result to keep with the delivery; fails with the problem it meets
 * (a {@code ProblemException}: 404 no enrolment, 409 closed enrolment...).
 */
@ApplicationScoped
public class DeliveryApplier {

    /** The result of {@code enrolment.requested}; {@code created} false: the learner was enrolled already. */
    public record Enrolled(UUID enrolmentId, EnrolmentStatus status, boolean created) {
    }

    private final LmsMessageParser parser;
    private final EnrolmentService enrolments;
    private final ActivityReports activities;
    private final AwardRequests awards;

    public DeliveryApplier(LmsMessageParser parser, EnrolmentService enrolments, ActivityReports activities,
            AwardRequests awards) {
        this.parser = parser;
        this.enrolments = enrolments;
        this.activities = activities;
        this.awards = awards;
    }

    public Uni<Record> apply(WebhookDelivery delivery) {
        // Checked when it arrived; read again from the raw body, which is what the inbox keeps.
        LmsMessage message = parser.parse(delivery.body.getBytes(StandardCharsets.UTF_8));
        if (message.data() instanceof LmsMessages.EnrolmentRequested request) {
            LmsMessages.Learner learner = request.learner();
            return enrolments.enrolOnBehalf(new EnrolmentService.Applicant(delivery.tenantId, learner.id(),
                            learner.email(), learner.name(), Enrolment.SOURCE_LMS), request.achievementId())
                    .map(result -> new Enrolled(result.enrolment().id, result.enrolment().status, result.created()));
        }
        if (message.data() instanceof LmsMessages.AwardRequested award) {
            return awards.request(delivery.tenantId, delivery.webhookId, delivery.receivedAt, award)
                    .map(awarded -> (Record) awarded);
        }
        LmsMessages.ActivityCompleted activity = (LmsMessages.ActivityCompleted) message.data();
        return activities.report(delivery.tenantId, delivery.webhookId, delivery.receivedAt, activity)
                .map(reported -> (Record) reported);
    }
}
