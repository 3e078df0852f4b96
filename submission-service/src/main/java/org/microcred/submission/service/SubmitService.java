package org.microcred.submission.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.submission.Artifact;
import org.microcred.submission.Enrolment;
import org.microcred.submission.EvidenceRules;
import org.microcred.submission.Submission;
import org.microcred.submission.SubmissionStatus;
import org.microcred.submission.Timestamps;
import org.microcred.submission.repository.SubmissionRepository;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/** Submitting an attempt: complete evidence becomes immutable and goes to assessment. */
@ApplicationScoped
public class SubmitService {

    private final SubmissionRepository submissions;
    private final SubmissionQueries queries;
    private final Outbox outbox;

    public SubmitService(SubmissionRepository submissions, SubmissionQueries queries, Outbox outbox) {
        this.submissions = submissions;
        this.queries = queries;
        this.outbox = outbox;
    }

    /**
     * Submits the earner's draft if every prompt has its answer and required files; the event is
     * committed with the change. An attempt already submitted answers its receipt again, so a
     * client retrying after a lost answer gets the same receipt and no second event.
     */
    @WithTransaction
    public Uni<SubmissionDetails> submit(Requester earner, UUID id) {
        return submissions.lockForEarner(earner.tenantId(), earner.userId(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Submission", id))
                .chain(queries::details)
                .chain(details -> details.submission().isDraft() ? submitDraft(details) : Uni.createFrom().item(details));
    }

    private Uni<SubmissionDetails> submitDraft(SubmissionDetails details) {
        Submission submission = details.submission();
        var missing = EvidenceRules.missingForSubmit(details.prompts(), submission.answers, details.promptsWithFiles());
        if (!missing.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(422, "incomplete-submission",
                    "Submission incomplete", "Some prompts still need evidence; each is listed by prompt id", missing));
        }
        submission.status = SubmissionStatus.SUBMITTED;
        submission.submittedAt = Timestamps.now();
        submission.updatedAt = submission.submittedAt;
        String enrolmentId = submission.enrolmentId.toString();
        return outbox.add(submission.tenantId, submission.id.toString(), enrolmentId, toEvent(details))
                .replaceWith(details);
    }

    private static SubmissionSubmitted toEvent(SubmissionDetails details) {
        Submission s = details.submission();
        Enrolment e = details.enrolment();
        return new SubmissionSubmitted(s.id, s.enrolmentId, e.achievementId, e.achievementVersion, s.earnerId,
                e.earnerEmail, e.earnerName, s.attempt, s.answers,
                details.artifacts().stream().map(Artifact::toEvidence).toList(), s.submittedAt, e.enrolledAt);
    }
}
