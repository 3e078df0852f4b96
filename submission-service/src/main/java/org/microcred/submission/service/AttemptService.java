package org.microcred.submission.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.submission.AttemptPolicy;
import org.microcred.submission.EvidenceRules;
import org.microcred.submission.Submission;
import org.microcred.submission.Timestamps;
import org.microcred.submission.repository.AchievementPromptsRepository;
import org.microcred.submission.repository.EnrolmentRepository;
import org.microcred.submission.repository.SubmissionRepository;
import org.microcred.support.problem.ProblemException;

/** An earner's attempts: starting one, and writing its answers while it is a draft. */
@ApplicationScoped
public class AttemptService {

    /** The attempt to work on, and whether this call started it (false: an open draft existed). */
    public record Started(SubmissionDetails details, boolean created) {
    }

    private final EnrolmentRepository enrolments;
    private final AchievementPromptsRepository prompts;
    private final SubmissionRepository submissions;
    private final SubmissionQueries queries;

    public AttemptService(EnrolmentRepository enrolments, AchievementPromptsRepository prompts,
            SubmissionRepository submissions, SubmissionQueries queries) {
        this.enrolments = enrolments;
        this.prompts = prompts;
        this.submissions = submissions;
        this.queries = queries;
    }

    /**
     * Starts attempt 1, or n+1 after a REVISE decision; answers the open draft if there is one,
     * so a client that retries does not start two. The enrolment row is locked meanwhile.
     */
    @WithTransaction
    public Uni<Started> start(Requester earner, UUID enrolmentId) {
        return enrolments.lockForEarner(earner.tenantId(), earner.userId(), enrolmentId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Enrolment", enrolmentId))
                .call(enrolment -> prompts.forEnrolment(enrolment).onItem().ifNull().failWith(() ->
                        // The catalogue event travels on another topic and may still be on its way.
                        new ProblemException(404, "not-found", "Not found", "The micro-credential of enrolment "
                                + enrolmentId + " has not reached this service yet; retry shortly")))
                .chain(enrolment -> submissions.latest(enrolmentId).chain(latest -> {
                    AttemptPolicy.Next next = AttemptPolicy.after(latest);
                    return switch (next.kind()) {
                        case RESUME -> queries.details(latest).map(d -> new Started(d, false));
                        case START -> submissions.persist(Submission.draft(enrolment, next.attempt(), Timestamps.now()))
                                .chain(queries::details).map(d -> new Started(d, true));
                        case AWAITING_DECISION -> Uni.createFrom().failure(ProblemException.conflict(
                                "awaiting-decision", "Attempt " + next.attempt() + " is submitted and awaits a decision"));
                        case CLOSED -> Uni.createFrom().failure(ProblemException.conflict(
                                "submissions-closed", "Enrolment " + enrolmentId + " was decided; it takes no more attempts"));
                    };
                }));
    }

    /** Replaces the written answers of a draft; each must answer a prompt of the micro-credential. */
    @WithTransaction
    public Uni<SubmissionDetails> replaceAnswers(Requester earner, UUID id, List<WrittenAnswer> answers) {
        return lockDraft(earner, id).chain(queries::details).invoke(details -> {
            var errors = EvidenceRules.checkAnswers(details.prompts(), answers);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid("Some answers do not fit the micro-credential", errors);
            }
            details.submission().answers = List.copyOf(answers);
            details.submission().updatedAt = Timestamps.now();
        });
    }

    /** The earner's own attempt, locked, if it is still a draft. */
    Uni<Submission> lockDraft(Requester earner, UUID id) {
        return submissions.lockForEarner(earner.tenantId(), earner.userId(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Submission", id))
                .invoke(submission -> {
                    if (!submission.isDraft()) {
                        throw notADraft(submission);
                    }
                });
    }

    static ProblemException notADraft(Submission submission) {
        return ProblemException.conflict("not-a-draft",
                "Attempt " + submission.attempt + " was submitted; its evidence can no longer change");
    }
}
