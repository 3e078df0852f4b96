package org.microcred.submission.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.microcred.submission.AchievementPrompts;
import org.microcred.submission.Artifact;
import org.microcred.submission.Enrolment;
import org.microcred.submission.LinkEvidence;
import org.microcred.submission.Requester;
import org.microcred.submission.Submission;
import org.microcred.submission.repository.AchievementPromptsRepository;
import org.microcred.submission.repository.ArtifactRepository;
import org.microcred.submission.repository.AssignmentRepository;
import org.microcred.submission.repository.EnrolmentRepository;
import org.microcred.submission.repository.LinkEvidenceRepository;
import org.microcred.submission.repository.SubmissionRepository;
import org.microcred.support.problem.ProblemException;

/**
 * Reading attempts: the earner their own, the assessors assigned to an attempt that attempt, the
 * institution's issuer-admins any. Everyone else is told it does not exist.
 */
@ApplicationScoped
public class SubmissionQueries {

    private final SubmissionRepository submissions;
    private final EnrolmentRepository enrolments;
    private final AchievementPromptsRepository prompts;
    private final ArtifactRepository artifacts;
    private final LinkEvidenceRepository links;
    private final AssignmentRepository assignments;

    public SubmissionQueries(SubmissionRepository submissions, EnrolmentRepository enrolments,
            AchievementPromptsRepository prompts, ArtifactRepository artifacts, LinkEvidenceRepository links,
            AssignmentRepository assignments) {
        this.submissions = submissions;
        this.enrolments = enrolments;
        this.prompts = prompts;
        this.artifacts = artifacts;
        this.links = links;
        this.assignments = assignments;
    }

    @WithSession
    public Uni<SubmissionDetails> get(Requester requester, UUID id) {
        return visible(requester, id).chain(this::details);
    }

    /** The earner's open draft for the enrolment, to resume it; 404 when there is none. */
    @WithSession
    public Uni<SubmissionDetails> draft(Requester earner, UUID enrolmentId) {
        return submissions.listForEarner(earner.tenantId(), earner.userId(), enrolmentId, 1)
                .map(latest -> latest.isEmpty() || !latest.get(0).isDraft() ? null : latest.get(0))
                .onItem().ifNull().failWith(() -> new ProblemException(404, "not-found", "Not found",
                        "There is no open draft for enrolment " + enrolmentId))
                .chain(this::details);
    }

    /** The requester's attempts for one enrolment, newest first (none for another's enrolment). */
    @WithSession
    public Uni<List<SubmissionDetails>> list(Requester earner, UUID enrolmentId, int limit) {
        return submissions.listForEarner(earner.tenantId(), earner.userId(), enrolmentId, limit)
                .chain(found -> found.isEmpty() ? Uni.createFrom().item(List.<SubmissionDetails>of())
                        : enrolments.findById(enrolmentId).chain(enrolment -> prompts.forEnrolment(enrolment)
                                .chain(achievement -> evidenceOf(found).map(evidence -> found.stream()
                                        .map(s -> new SubmissionDetails(s, enrolment, achievement,
                                                evidence.files().getOrDefault(s.id, List.of()),
                                                evidence.links().getOrDefault(s.id, List.of())))
                                        .toList()))));
    }

    /** The submission if the requester may see it; otherwise it does not exist for them. */
    Uni<Submission> visible(Requester requester, UUID id) {
        return submissions.findInTenant(requester.tenantId(), id)
                .chain(found -> {
                    if (found == null || requester.seesWithoutAssignment(found)) {
                        return Uni.createFrom().item(found);
                    }
                    if (!requester.assessor()) {
                        return Uni.createFrom().nullItem();
                    }
                    return assignments.isAssigned(requester.tenantId(), id, requester.userId())
                            .map(assigned -> assigned ? found : null);
                })
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Submission", id));
    }

    /** Loads what an attempt answers to and its evidence, inside the caller's session. */
    Uni<SubmissionDetails> details(Submission submission) {
        return enrolments.findById(submission.enrolmentId)
                .chain(enrolment -> prompts.forEnrolment(enrolment)
                        .chain(achievement -> details(submission, enrolment, achievement)));
    }

    /** Loads an attempt's evidence, for a caller already holding what the attempt answers to. */
    Uni<SubmissionDetails> details(Submission submission, Enrolment enrolment, AchievementPrompts achievement) {
        return artifacts.ofSubmission(submission.id)
                .chain(files -> links.ofSubmission(submission.id)
                        .map(given -> new SubmissionDetails(submission, enrolment, achievement, files, given)));
    }

    private record Evidence(Map<UUID, List<Artifact>> files, Map<UUID, List<LinkEvidence>> links) {
    }

    private Uni<Evidence> evidenceOf(List<Submission> attempts) {
        List<UUID> ids = attempts.stream().map(s -> s.id).toList();
        return artifacts.ofSubmissions(ids).chain(files -> links.ofSubmissions(ids).map(given -> new Evidence(
                files.stream().collect(Collectors.groupingBy(a -> a.submissionId)),
                given.stream().collect(Collectors.groupingBy(l -> l.submissionId)))));
    }
}
