package org.microcred.submission.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.submission.SubmissionStatus;
import org.microcred.submission.repository.SubmissionRepository;

/**
 * Records an assessor's decision on the attempt it judged: REVISE opens the way to the next
 * attempt, AWARD and DENY close the enrolment's submissions.
 */
@ApplicationScoped
public class DecisionRecorder {

    private static final Logger LOG = Logger.getLogger(DecisionRecorder.class);

    private final SubmissionRepository submissions;

    public DecisionRecorder(SubmissionRepository submissions) {
        this.submissions = submissions;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (!(event.payload() instanceof AssessmentDecided decided) || decided.submissionId() == null) {
            // Progress decisions (basis progress) judge no submission: nothing here changes.
            return Uni.createFrom().voidItem();
        }
        return submissions.findInTenant(event.tenantId(), decided.submissionId()).invoke(submission -> {
            if (submission == null || submission.attempt != decided.attempt()) {
                // A decision only follows our own submitted event, which is committed first: this
                // one belongs to another deployment sharing the topic.
                LOG.warnf("No submission %s (attempt %d) for decision %s", decided.submissionId(),
                        decided.attempt(), event.eventId());
                return;
            }
            if (submission.status != SubmissionStatus.SUBMITTED) {
                LOG.infof("Submission %s is %s; decision %s changes nothing", submission.id, submission.status,
                        event.eventId());
                return;
            }
            submission.status = switch (decided.decision()) {
                case REVISE -> SubmissionStatus.REVISE_REQUESTED;
                case AWARD -> SubmissionStatus.AWARDED;
                case DENY -> SubmissionStatus.DENIED;
            };
            submission.decidedAt = decided.decidedAt() != null ? decided.decidedAt() : event.occurredAt();
            submission.updatedAt = submission.decidedAt;
        }).replaceWithVoid();
    }
}
