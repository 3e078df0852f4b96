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
 * Applies one delivery from the inbox, in the caller's transaction: enrols the learner, or reports
 * their activity. Answers the result to keep with the delivery; fails with the problem it meets
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

    public DeliveryApplier(LmsMessageParser parser, EnrolmentService enrolments, ActivityReports activities) {
        this.parser = parser;
        this.enrolments = enrolments;
        this.activities = activities;
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
        if (message.data() instanceof LmsMessages.AwardRequested) {
            // Interim, while the award path is being built (issue 13): refused with a clear problem, never a 500.
            throw new org.microcred.support.problem.ProblemException(422, "award-requests-unavailable",
                    "Award requests are not applied yet", "This deployment does not apply credential.award.requested yet");
        }
        LmsMessages.ActivityCompleted activity = (LmsMessages.ActivityCompleted) message.data();
        return activities.report(delivery.tenantId, delivery.webhookId, delivery.receivedAt, activity)
                .map(reported -> (Record) reported);
    }
}
