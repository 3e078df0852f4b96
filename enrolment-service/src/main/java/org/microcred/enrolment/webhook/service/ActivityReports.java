package org.microcred.enrolment.webhook.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.JourneyStep;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.enrolment.repository.JourneyRepository;
import org.microcred.enrolment.webhook.LmsMessages;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/**
 * An LMS reports a learner's activity: {@code enrolment.activity.reported} for the learner's current
 * enrolment (assessment-service decides {@code progress} micro-credentials from it), a step on the
 * journey, and a sign of life against the inactivity expiry. Runs in the caller's transaction (the
 * inbox processor's, with the delivery's new status).
 */
@ApplicationScoped
public class ActivityReports {

    /** {@code claimUrl}: a learner without an account (a stand-in) has their claim link here too. */
    public record Reported(UUID enrolmentId, EnrolmentStatus status, UUID reportId, String claimUrl,
            Instant claimExpiresAt) {
    }

    private final EnrolmentRepository enrolments;
    private final JourneyRepository journeys;
    private final Outbox outbox;
    private final Learners learners;
    private final StandInClaims claims;

    public ActivityReports(EnrolmentRepository enrolments, JourneyRepository journeys, Outbox outbox, Learners learners,
            StandInClaims claims) {
        this.enrolments = enrolments;
        this.journeys = journeys;
        this.outbox = outbox;
        this.learners = learners;
        this.claims = claims;
    }

    /** {@code receivedAt}: when the delivery arrived, the latest the activity can have happened. */
    public Uni<Reported> report(String tenantId, String webhookId, Instant receivedAt,
            LmsMessages.ActivityCompleted activity) {
        UUID achievementId = activity.achievementId();
        LmsMessages.Learner given = activity.learner();
        return learners.resolve(tenantId, given.id(), given.email(), given.name(), false).chain(learner -> enrolments
                .lockLatest(tenantId, learner.earnerId(), achievementId)
                .invoke(found -> {
                    if (found == null) {
                        String who = given.id() != null && !given.id().isBlank() ? given.id() : given.email();
                        throw new ProblemException(404, "not-found", "Not found", "Learner " + who
                                + " has no enrolment in micro-credential " + achievementId);
                    }
                })
                .chain(enrolment -> {
                    if (enrolment.status != EnrolmentStatus.ACTIVE) {
                        throw ProblemException.conflict(enrolment.status.isClosed() ? "enrolment-closed" : "enrolment-status",
                                "Enrolment " + enrolment.id + " is " + enrolment.status + ": it takes no activity");
                    }
                    // A stand-in progressing towards an award keeps a valid link (a fresh one if theirs expired);
                    // after the report, whose journey lock comes first.
                    return record(enrolment, reportIdOf(tenantId, webhookId), receivedAt, activity)
                            .chain(reported -> claims.linkFor(learner, enrolment, StandInClaims.Occasion.ENROLMENT)
                                    .map(link -> link == null ? reported : new Reported(reported.enrolmentId(),
                                            reported.status(), reported.reportId(), link.url(), link.expiresAt())));
                }));
    }

    private Uni<Reported> record(Enrolment enrolment, UUID reportId, Instant receivedAt,
            LmsMessages.ActivityCompleted activity) {
        Instant occurredAt = activity.occurredAt() != null ? activity.occurredAt() : receivedAt;
        ActivityReported event = new ActivityReported(reportId, enrolment.id, enrolment.achievementId,
                enrolment.achievementVersion, enrolment.earnerId, enrolment.earnerEmail, enrolment.earnerName,
                activity.activityId(), activity.completed(), activity.score(), occurredAt, enrolment.enrolledAt);
        String detail = "Activity " + activity.activityId() + " reported"
                + (Boolean.TRUE.equals(activity.completed()) ? " completed" : " not completed")
                + (activity.score() != null ? ", score " + activity.score().toPlainString() : "");
        return announce(enrolment, event, detail)
                .replaceWith(new Reported(enrolment.id, enrolment.status, reportId, null, null));
    }

    /**
     * Writes the report (an activity, or an award the LMS asked for) to the outbox and as a step of the journey, and
     * counts it as a sign of life; in the caller's transaction.
     */
    Uni<Void> announce(Enrolment enrolment, ActivityReported event, String detail) {
        Instant now = Instant.now();
        if (enrolment.lastActivityAt == null || now.isAfter(enrolment.lastActivityAt)) {
            enrolment.lastActivityAt = now;
        }
        String key = enrolment.id.toString();
        return outbox.add(enrolment.tenantId, key, key, event)
                .chain(envelope -> journeys.lock(enrolment.id).chain(journey -> journey == null
                        ? Uni.createFrom().voidItem()
                        : journeys.addStep(JourneyStep.of(envelope.eventId(), enrolment.id, journey.stage,
                                journey.attempt, event.occurredAt(), detail)).replaceWithVoid()));
    }

    /** The same delivery always names the same report, so consumers can recognise it. */
    static UUID reportIdOf(String tenantId, String webhookId) {
        return UUID.nameUUIDFromBytes((tenantId + ":" + webhookId).getBytes(StandardCharsets.UTF_8));
    }
}
