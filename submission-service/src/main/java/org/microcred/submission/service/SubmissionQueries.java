package org.microcred.submission.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.submission.AchievementPrompts;
import org.microcred.submission.Artifact;
import org.microcred.submission.Submission;
import org.microcred.submission.repository.AchievementPromptsRepository;
import org.microcred.submission.repository.ArtifactRepository;
import org.microcred.submission.repository.EnrolmentRepository;
import org.microcred.submission.repository.SubmissionRepository;
import org.microcred.support.problem.ProblemException;

/** Reading attempts: the earner their own, staff of the institution any. */
@ApplicationScoped
public class SubmissionQueries {

    private final SubmissionRepository submissions;
    private final EnrolmentRepository enrolments;
    private final AchievementPromptsRepository prompts;
    private final ArtifactRepository artifacts;

    public SubmissionQueries(SubmissionRepository submissions, EnrolmentRepository enrolments,
            AchievementPromptsRepository prompts, ArtifactRepository artifacts) {
        this.submissions = submissions;
        this.enrolments = enrolments;
        this.prompts = prompts;
        this.artifacts = artifacts;
    }

    @WithSession
    public Uni<SubmissionDetails> get(Requester requester, UUID id) {
        return visible(requester, id).chain(this::details);
    }

    /** The requester's attempts for one enrolment, newest first (none for another's enrolment). */
    @WithSession
    public Uni<List<SubmissionDetails>> list(Requester earner, UUID enrolmentId, int limit) {
        return submissions.listForEarner(earner.tenantId(), earner.userId(), enrolmentId, limit)
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(List.<SubmissionDetails>of())
                        : enrolments.findById(enrolmentId)
                                .chain(enrolment -> prompts.forEnrolment(enrolment)
                                        .chain(p -> filesOf(found).map(files -> found.stream()
                                                .map(s -> new SubmissionDetails(s, enrolment, promptsOf(p),
                                                        files.getOrDefault(s.id, List.of())))
                                                .toList()))));
    }

    /** The submission if the requester may see it; otherwise it does not exist for them. */
    Uni<Submission> visible(Requester requester, UUID id) {
        return submissions.findInTenant(requester.tenantId(), id)
                .map(found -> found != null && requester.maySee(found) ? found : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Submission", id));
    }

    /** Loads what an attempt answers to and its files, inside the caller's session. */
    Uni<SubmissionDetails> details(Submission submission) {
        return enrolments.findById(submission.enrolmentId)
                .chain(enrolment -> prompts.forEnrolment(enrolment)
                        .chain(p -> artifacts.ofSubmission(submission.id)
                                .map(files -> new SubmissionDetails(submission, enrolment, promptsOf(p), files))));
    }

    private Uni<Map<UUID, List<Artifact>>> filesOf(List<Submission> attempts) {
        List<UUID> ids = attempts.stream().map(s -> s.id).toList();
        return artifacts.ofSubmissions(ids)
                .map(all -> all.stream().collect(Collectors.groupingBy(a -> a.submissionId)));
    }

    static List<EvidencePrompt> promptsOf(AchievementPrompts p) {
        return p == null ? List.of() : p.evidencePrompts;
    }
}
