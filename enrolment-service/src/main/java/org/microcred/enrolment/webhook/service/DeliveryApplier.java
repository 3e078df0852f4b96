package org.microcred.enrolment.webhook.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

    /**
     * The result of {@code enrolment.requested}; {@code created} false: the learner was enrolled already.
     * {@code unclaimed}: a learner without an account, enrolled under a stand-in; {@code claimUrl} their claim link
     * (the same for every request while it is valid).
     */
    public record Enrolled(UUID enrolmentId, EnrolmentStatus status, boolean created, boolean unclaimed,
            String claimUrl, Instant claimExpiresAt) {
    }

    private final LmsMessageParser parser;
    private final EnrolmentService enrolments;
    private final ActivityReports activities;
    private final AwardRequests awards;
    private final Learners learners;
    private final StandInClaims claims;

    public DeliveryApplier(LmsMessageParser parser, EnrolmentService enrolments, ActivityReports activities,
            AwardRequests awards, Learners learners, StandInClaims claims) {
        this.parser = parser;
        this.enrolments = enrolments;
        this.activities = activities;
        this.awards = awards;
        this.learners = learners;
        this.claims = claims;
    }

    public Uni<Record> apply(WebhookDelivery delivery) {
        // Checked when it arrived; read again from the raw body, which is what the inbox keeps.
        LmsMessage message = parser.parse(delivery.body.getBytes(StandardCharsets.UTF_8));
        if (message.data() instanceof LmsMessages.EnrolmentRequested request) {
            return enrol(delivery.tenantId, request).map(enrolled -> (Record) enrolled);
        }
        if (message.data() instanceof LmsMessages.AwardRequested award) {
            return awards.request(delivery.tenantId, delivery.webhookId, delivery.receivedAt, award)
                    .map(awarded -> (Record) awarded);
        }
        LmsMessages.ActivityCompleted activity = (LmsMessages.ActivityCompleted) message.data();
        return activities.report(delivery.tenantId, delivery.webhookId, delivery.receivedAt, activity)
                .map(reported -> (Record) reported);
    }

    /** Enrols the resolved learner; a stand-in gets their claim link with their first enrolment or award. */
    private Uni<Enrolled> enrol(String tenantId, LmsMessages.EnrolmentRequested request) {
        LmsMessages.Learner given = request.learner();
        return learners.resolve(tenantId, given.id(), given.email(), given.name(), false)
                .chain(learner -> enrolments.enrolOnBehalf(new EnrolmentService.Applicant(tenantId, learner.earnerId(),
                                learner.email(), learner.name(), Enrolment.SOURCE_LMS), request.achievementId())
                        .chain(result -> claims.linkFor(learner, result.enrolment(), StandInClaims.Occasion.ENROLMENT)
                                .map(link -> new Enrolled(result.enrolment().id, result.enrolment().status,
                                        result.created(), link != null, link != null ? link.url() : null,
                                        link != null ? link.expiresAt() : null))));
    }
}
