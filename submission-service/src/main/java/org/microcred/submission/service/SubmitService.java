package org.microcred.submission.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.events.submission.SubmissionSubmitted;
import org.microcred.submission.Artifact;
import org.microcred.submission.Enrolment;
import org.microcred.submission.EvidenceRules;
import org.microcred.submission.LinkEvidence;
import org.microcred.submission.Requester;
import org.microcred.submission.Submission;
import org.microcred.submission.SubmissionStatus;
import org.microcred.submission.Timestamps;
import org.microcred.support.metrics.CommittedCounts;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/** Submitting an attempt: complete evidence becomes immutable and goes to assessment. */
@ApplicationScoped
public class SubmitService {

    private final AttemptService attempts;
    private final PromptSpecs specs;
    private final Outbox outbox;
    private final CommittedCounts counts;

    public SubmitService(AttemptService attempts, PromptSpecs specs, Outbox outbox, CommittedCounts counts) {
        this.attempts = attempts;
        this.specs = specs;
        this.outbox = outbox;
        this.counts = counts;
    }

    /**
     * Submits the earner's draft if every prompt has its answer, files and links; the event is
     * committed with the change. Only an ACTIVE enrolment may submit (checked first, so a closed
     * enrolment answers 409 whatever its attempt's state). An attempt already submitted answers its
     * receipt again, so a client retrying after a lost answer gets the same receipt and no second event.
     */
    @WithTransaction
    public Uni<SubmissionDetails> submit(Requester earner, UUID id) {
        return attempts.lockOpen(earner, id)
                .chain(details -> details.submission().isDraft() ? submitDraft(details) : Uni.createFrom().item(details));
    }

    private Uni<SubmissionDetails> submitDraft(SubmissionDetails details) {
        Submission submission = details.submission();
        var missing = EvidenceRules.missingForSubmit(specs.of(details), submission.answers, details.filesByPrompt(),
                details.linksByPrompt());
        if (!missing.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(422, "incomplete-submission",
                    "Submission incomplete", "Some prompts still need evidence; each is listed by prompt id", missing));
        }
        submission.status = SubmissionStatus.SUBMITTED;
        submission.submittedAt = Timestamps.now();
        submission.updatedAt = submission.submittedAt;
        String enrolmentId = submission.enrolmentId.toString();
        return outbox.add(submission.tenantId, submission.id.toString(), enrolmentId, toEvent(details))
                .invoke(() -> counts.increment("microcred.submissions", "tenant", submission.tenantId))
                .replaceWith(details);
    }

    private static SubmissionSubmitted toEvent(SubmissionDetails details) {
        Submission s = details.submission();
        Enrolment e = details.enrolment();
        return new SubmissionSubmitted(s.id, s.enrolmentId, e.achievementId, e.achievementVersion, s.earnerId,
                e.earnerEmail, e.earnerName, s.attempt, s.answers,
                details.artifacts().stream().map(Artifact::toEvidence).toList(), s.submittedAt, e.enrolledAt,
                details.links().stream().map(LinkEvidence::toEvidence).toList());
    }
}
