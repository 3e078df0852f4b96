package org.microcred.enrolment.webhook.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.service.EnrolmentService;
import org.microcred.enrolment.webhook.LmsAward;
import org.microcred.enrolment.webhook.LmsMessages;
import org.microcred.enrolment.webhook.repository.LmsAwards;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.problem.ProblemException;

/**
 * An LMS asks for the award of a micro-credential whose benchmark is met in the LMS ({@code progress}): the learner's
 * enrolment (made if need be) reports the award ({@code enrolment.activity.reported} with {@code awardRequested}), and
 * assessment-service decides it, so the credential follows the same events as any award. The learner is resolved by
 * {@link Learners}; a learner without an account here gets a stand-in earner id and its claim link
 * ({@link StandInClaims}: one per stand-in, the same for every request while it is valid). One award per learner and
 * micro-credential version: a repeated request answers the first. Runs in the inbox processor's transaction.
 */
@ApplicationScoped
public class AwardRequests {

    /** {@code outcome}: {@code requested}, {@code already-requested} (an earlier request), {@code already-awarded}. */
    public record Awarded(UUID awardId, UUID enrolmentId, String outcome, boolean unclaimed, String claimUrl,
            Instant claimExpiresAt) {
    }

    static final String AWARD_ACTIVITY = "lms-award";

    private final AchievementRepository achievements;
    private final Learners learners;
    private final EnrolmentService enrolmentService;
    private final LmsAwards awards;
    private final ActivityReports reports;
    private final StandInClaims claims;

    public AwardRequests(AchievementRepository achievements, Learners learners, EnrolmentService enrolmentService,
            LmsAwards awards, ActivityReports reports, StandInClaims claims) {
        this.achievements = achievements;
        this.learners = learners;
        this.enrolmentService = enrolmentService;
        this.awards = awards;
        this.reports = reports;
        this.claims = claims;
    }

    public Uni<Awarded> request(String tenantId, String webhookId, Instant receivedAt,
            LmsMessages.AwardRequested request) {
        UUID achievementId = request.achievementId();
        return awardable(tenantId, achievementId)
                .chain(current -> learners.resolve(tenantId, request.learner().id(), request.learner().email(),
                        request.learner().name(), true).chain(learner -> enrolmentService
                        .enrolForAward(new EnrolmentService.Applicant(tenantId, learner.earnerId(), learner.email(),
                                learner.name(), Enrolment.SOURCE_LMS), current)
                        .chain(enrolled -> award(tenantId, webhookId, receivedAt, request, learner,
                                enrolled.enrolment()))));
    }

    /** The published version, if an LMS may award it: 404 unknown, 409 retired, 422 assessed by an assessor. */
    private Uni<Achievement> awardable(String tenantId, UUID achievementId) {
        return achievements.findCurrentPublished(tenantId, achievementId).chain(current -> {
            if (current != null) {
                if (!"progress".equals(current.benchmarkKind)) {
                    throw new ProblemException(422, "rubric-assessed", "Assessed by an assessor",
                            "Micro-credential " + achievementId + " is judged against its rubric by an assessor: an"
                                    + " LMS cannot award it. Enrol the learner instead; they submit evidence.");
                }
                return Uni.createFrom().item(current);
            }
            return achievements.findNewest(tenantId, achievementId, VersionStatus.RETIRED).map(retired -> {
                if (retired != null) {
                    throw ProblemException.conflict("achievement-retired",
                            "Micro-credential " + achievementId + " is retired: it is no longer awarded");
                }
                throw ProblemException.notFound("Micro-credential", achievementId);
            });
        });
    }

    private Uni<Awarded> award(String tenantId, String webhookId, Instant receivedAt,
            LmsMessages.AwardRequested request, Learners.Learner learner, Enrolment enrolment) {
        return awards.find(tenantId, learner.earnerId(), enrolment.achievementId, enrolment.achievementVersion)
                .chain(earlier -> {
                    if (earlier != null) {
                        // The stand-in's link as it is now (the same one, or a fresh one if it expired).
                        return claims.linkFor(learner, enrolment, StandInClaims.Occasion.AWARD)
                                .map(link -> answer(earlier, "already-requested", link));
                    }
                    if (enrolment.status == EnrolmentStatus.COMPLETED) {
                        // Earned already (from LMS progress): nothing to ask for; no award row, no claim.
                        return Uni.createFrom().item(new Awarded(null, enrolment.id, "already-awarded", false, null,
                                null));
                    }
                    LmsAward award = newAward(tenantId, webhookId, request, learner, enrolment);
                    ActivityReported report = reportOf(award, request, receivedAt, enrolment);
                    String detail = "Award requested by your institution's learning platform";
                    // The link after the report: its mail reads the journey, which the report locks first.
                    return awards.persist(award)
                            .chain(() -> reports.announce(enrolment, report, detail))
                            .chain(() -> claims.linkFor(learner, enrolment, StandInClaims.Occasion.AWARD))
                            .map(link -> {
                                if (link != null) {
                                    // The stand-in's offer at the time (its secret stays with the offer).
                                    award.claimId = link.claimId();
                                    award.claimExpiresAt = link.expiresAt();
                                }
                                return answer(award, "requested", link);
                            });
                });
    }

    private static LmsAward newAward(String tenantId, String webhookId, LmsMessages.AwardRequested request,
            Learners.Learner learner, Enrolment enrolment) {
        LmsAward award = new LmsAward();
        award.id = UUID.nameUUIDFromBytes((tenantId + ":" + webhookId).getBytes(StandardCharsets.UTF_8));
        award.tenantId = tenantId;
        award.earnerId = learner.earnerId();
        award.earnerEmail = learner.email();
        award.studentId = Learners.blankToNull(request.learner().studentId());
        award.achievementId = enrolment.achievementId;
        award.achievementVersion = enrolment.achievementVersion;
        award.enrolmentId = enrolment.id;
        award.webhookId = webhookId;
        award.requestedAt = Instant.now();
        return award;
    }

    /** The award as a report: its id is the award's, so assessment-service decides it once. */
    private static ActivityReported reportOf(LmsAward award, LmsMessages.AwardRequested request, Instant receivedAt,
            Enrolment enrolment) {
        Instant completedAt = request.completedAt() != null ? request.completedAt() : receivedAt;
        return new ActivityReported(award.id, enrolment.id, enrolment.achievementId, enrolment.achievementVersion,
                enrolment.earnerId, enrolment.earnerEmail, enrolment.earnerName, AWARD_ACTIVITY, true, request.score(),
                completedAt, request.startedAt() != null ? request.startedAt() : enrolment.enrolledAt, true,
                request.evidenceUrl());
    }

    /** The answer; a stand-in's claim link as it is now (null once claimed). */
    private static Awarded answer(LmsAward award, String outcome, StandInClaims.ClaimLink link) {
        return new Awarded(award.id, award.enrolmentId, outcome, link != null, link != null ? link.url() : null,
                link != null ? link.expiresAt() : null);
    }
}
