package org.microcred.submission.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.microcred.events.submission.DraftStarted;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.submission.AchievementPrompts;
import org.microcred.submission.AttemptPolicy;
import org.microcred.submission.Enrolment;
import org.microcred.submission.EvidenceRules;
import org.microcred.submission.Requester;
import org.microcred.submission.Submission;
import org.microcred.submission.SubmissionGate;
import org.microcred.submission.Timestamps;
import org.microcred.submission.config.SubmissionLimits;
import org.microcred.submission.repository.AchievementPromptsRepository;
import org.microcred.submission.repository.EnrolmentRepository;
import org.microcred.submission.repository.SubmissionRepository;
import org.microcred.support.outbox.Outbox;
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
    private final PromptSpecs specs;
    private final SubmissionLimits limits;
    private final Outbox outbox;

    public AttemptService(EnrolmentRepository enrolments, AchievementPromptsRepository prompts,
            SubmissionRepository submissions, SubmissionQueries queries, PromptSpecs specs, SubmissionLimits limits,
            Outbox outbox) {
        this.outbox = outbox;
        this.enrolments = enrolments;
        this.prompts = prompts;
        this.submissions = submissions;
        this.queries = queries;
        this.specs = specs;
        this.limits = limits;
    }

    /**
     * Starts attempt 1, or n+1 after a REVISE decision while attempts remain; answers the open
     * draft if there is one, so a client that retries does not start two. Only an ACTIVE
     * enrolment of a micro-credential that takes evidence may. The enrolment row is locked meanwhile.
     */
    @WithTransaction
    public Uni<Started> start(Requester earner, UUID enrolmentId) {
        return enrolments.lockForEarner(earner.tenantId(), earner.userId(), enrolmentId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Enrolment", enrolmentId))
                .invoke(enrolment -> {
                    if (!enrolment.announced) {
                        throw notArrived("Enrolment " + enrolmentId);
                    }
                })
                .chain(enrolment -> prompts.forEnrolment(enrolment)
                        // The catalogue event travels on another topic and may still be on its way.
                        .onItem().ifNull().failWith(() -> notArrived("The micro-credential of enrolment " + enrolmentId))
                        .chain(achievement -> startOrResume(enrolment, achievement)));
    }

    private Uni<Started> startOrResume(Enrolment enrolment, AchievementPrompts achievement) {
        SubmissionGate.requireOpen(enrolment, achievement);
        int maxAttempts = achievement.attemptLimit(limits.defaultMaxAttempts());
        return submissions.latest(enrolment.id).chain(latest -> {
            AttemptPolicy.Next next = AttemptPolicy.after(latest, maxAttempts);
            return switch (next.kind()) {
                case RESUME -> queries.details(latest, enrolment, achievement).map(d -> new Started(d, false));
                // A brand-new draft has no evidence yet: nothing to load. Flushed here, as the evidence
                // queries used to flush it, so a failing insert fails this step rather than the commit. Its
                // submission.draft.started is committed with it (program analytics: the funnel's "started").
                case START -> submissions.persistAndFlush(Submission.draft(enrolment, next.attempt(), Timestamps.now()))
                        .call(draft -> outbox.add(draft.tenantId, draft.id.toString(), enrolment.id.toString(),
                                new DraftStarted(draft.id, enrolment.id, enrolment.achievementId,
                                        enrolment.achievementVersion, draft.earnerId, draft.attempt, draft.createdAt,
                                        enrolment.enrolledAt)))
                        .map(draft -> new Started(
                                new SubmissionDetails(draft, enrolment, achievement, List.of(), List.of()), true));
                case AWAITING_DECISION -> Uni.createFrom().failure(ProblemException.conflict(
                        "awaiting-decision", "Attempt " + next.attempt() + " is submitted and awaits a decision"));
                case CLOSED -> Uni.createFrom().failure(ProblemException.conflict(
                        "submissions-closed", "Enrolment " + enrolment.id + " was decided; it takes no more attempts"));
                case EXHAUSTED -> Uni.createFrom().failure(ProblemException.conflict("attempts-exhausted",
                        "All " + maxAttempts + " attempts this micro-credential allows are used"));
            };
        });
    }

    /** Replaces the written answers of a draft; each must answer a written prompt of the micro-credential. */
    @WithTransaction
    public Uni<SubmissionDetails> replaceAnswers(Requester earner, UUID id, List<WrittenAnswer> answers) {
        return lockOpenDraft(earner, id).invoke(details -> {
            var errors = EvidenceRules.checkAnswers(specs.of(details), answers);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid("Some answers do not fit the micro-credential", errors);
            }
            details.submission().answers = List.copyOf(answers);
            details.submission().updatedAt = Timestamps.now();
        });
    }

    /**
     * The earner's own attempt, locked until the transaction ends, with its evidence, when its
     * enrolment is ACTIVE (the gate comes before any check of the attempt's own state).
     */
    Uni<SubmissionDetails> lockOpen(Requester earner, UUID id) {
        return submissions.lockForEarner(earner.tenantId(), earner.userId(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Submission", id))
                .chain(queries::details)
                .invoke(details -> SubmissionGate.requireOpen(details.enrolment(), details.achievement()));
    }

    /** As {@link #lockOpen}, when the attempt's evidence may also change: it is still a draft. */
    Uni<SubmissionDetails> lockOpenDraft(Requester earner, UUID id) {
        return lockOpen(earner, id).invoke(details -> {
            if (!details.submission().isDraft()) {
                throw notADraft(details.submission());
            }
        });
    }

    static ProblemException notADraft(Submission submission) {
        return ProblemException.conflict("not-a-draft",
                "Attempt " + submission.attempt + " was submitted; its evidence can no longer change");
    }

    private static ProblemException notArrived(String what) {
        return new ProblemException(404, "not-found", "Not found",
                what + " has not reached this service yet; retry shortly");
    }
}
