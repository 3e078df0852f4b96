package org.microcred.enrolment.webhook.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.config.LmsConfig;
import org.microcred.enrolment.notification.NotificationKind;
import org.microcred.enrolment.notification.service.NotificationRecorder;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.repository.EnrolmentRepository;
import org.microcred.enrolment.service.EnrolmentService;
import org.microcred.enrolment.webhook.ClaimLinks;
import org.microcred.enrolment.webhook.LmsAward;
import org.microcred.enrolment.webhook.LmsMessages;
import org.microcred.enrolment.webhook.repository.LmsAwards;
import org.microcred.events.enrolment.ActivityReported;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.enrolment.EnrolmentStatus;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/**
 * An LMS asks for the award of a micro-credential whose benchmark is met in the LMS ({@code progress}): the learner's
 * enrolment (made if need be) reports the award ({@code enrolment.activity.reported} with {@code awardRequested}), and
 * assessment-service decides it, so the credential follows the same events as any award. A learner without an
 * account here gets a stand-in earner id and a claim offer ({@code enrolment.claim.offered}). One award per learner and
 * micro-credential version: a repeated request answers the first. Runs in the inbox processor's transaction.
 */
@ApplicationScoped
public class AwardRequests {

    /** {@code outcome}: {@code requested}, {@code already-requested} (an earlier request), {@code already-awarded}. */
    public record Awarded(UUID awardId, UUID enrolmentId, String outcome, boolean unclaimed, String claimUrl,
            Instant claimExpiresAt) {
    }

    /** Who the award is for: a user id here or a stand-in, with the email the credential is issued to. */
    private record Learner(String earnerId, String email, String name, boolean standIn) {
    }

    static final String AWARD_ACTIVITY = "lms-award";

    private final AchievementRepository achievements;
    private final EnrolmentRepository enrolments;
    private final EnrolmentService enrolmentService;
    private final LmsAwards awards;
    private final ActivityReports reports;
    private final NotificationRecorder notifications;
    private final Outbox outbox;
    private final LmsConfig config;

    public AwardRequests(AchievementRepository achievements, EnrolmentRepository enrolments,
            EnrolmentService enrolmentService, LmsAwards awards, ActivityReports reports, NotificationRecorder notifications,
            Outbox outbox, LmsConfig config) {
        this.achievements = achievements;
        this.enrolments = enrolments;
        this.enrolmentService = enrolmentService;
        this.awards = awards;
        this.reports = reports;
        this.notifications = notifications;
        this.outbox = outbox;
        this.config = config;
    }

    public Uni<Awarded> request(String tenantId, String webhookId, Instant receivedAt,
            LmsMessages.AwardRequested request) {
        UUID achievementId = request.achievementId();
        return awardable(tenantId, achievementId)
                .chain(current -> learner(tenantId, request.learner()).chain(learner -> enrolmentService
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

    /**
     * The learner's user id when the LMS gives it, else the account that enrolled with their email, else a stand-in
     * for a learner without an account. The credential is issued to an email, so one must be known.
     */
    private Uni<Learner> learner(String tenantId, LmsMessages.AwardLearner learner) {
        String email = blankToNull(learner.email());
        if (learner.id() != null && !learner.id().isBlank()) {
            Uni<String> known = email != null ? Uni.createFrom().item(email) : enrolments.emailOf(tenantId, learner.id());
            return known.map(found -> {
                if (found == null) {
                    throw new ProblemException(422, "learner-email-unknown", "The learner's email is unknown",
                            "Learner " + learner.id() + " has no enrolment with an email here: give data.learner.email");
                }
                return new Learner(learner.id(), found, learner.name(), false);
            });
        }
        return enrolments.accountWithEmail(tenantId, email).map(account -> account != null
                ? new Learner(account, email, learner.name(), false)
                : new Learner(ClaimLinks.standInFor(email), email, learner.name(), true));
    }

    private Uni<Awarded> award(String tenantId, String webhookId, Instant receivedAt,
            LmsMessages.AwardRequested request, Learner learner, Enrolment enrolment) {
        return awards.find(tenantId, learner.earnerId(), enrolment.achievementId, enrolment.achievementVersion)
                .chain(earlier -> {
                    if (earlier != null) {
                        return Uni.createFrom().item(answer(earlier, "already-requested"));
                    }
                    if (enrolment.status == EnrolmentStatus.COMPLETED) {
                        // Earned already (from LMS progress): nothing to ask for; no award row, no claim.
                        return Uni.createFrom().item(new Awarded(null, enrolment.id, "already-awarded", false, null,
                                null));
                    }
                    LmsAward award = newAward(tenantId, webhookId, request, learner, enrolment);
                    ActivityReported report = reportOf(award, request, receivedAt, enrolment);
                    String detail = "Award requested by your institution's learning platform";
                    return awards.persist(award)
                            .chain(() -> reports.announce(enrolment, report, detail))
                            .chain(() -> learner.standIn() ? offerClaim(award, learner, enrolment)
                                    : Uni.createFrom().voidItem())
                            .replaceWith(() -> answer(award, "requested"));
                });
    }

    private LmsAward newAward(String tenantId, String webhookId, LmsMessages.AwardRequested request, Learner learner,
            Enrolment enrolment) {
        LmsAward award = new LmsAward();
        award.id = UUID.nameUUIDFromBytes((tenantId + ":" + webhookId).getBytes(StandardCharsets.UTF_8));
        award.tenantId = tenantId;
        award.earnerId = learner.earnerId();
        award.earnerEmail = learner.email();
        award.studentId = blankToNull(request.learner().studentId());
        award.achievementId = enrolment.achievementId;
        award.achievementVersion = enrolment.achievementVersion;
        award.enrolmentId = enrolment.id;
        award.webhookId = webhookId;
        award.requestedAt = Instant.now();
        if (learner.standIn()) {
            award.claimId = UUID.randomUUID();
            award.claimToken = ClaimLinks.newSecret();
            award.claimExpiresAt = award.requestedAt.plus(config.claimLinkValidity());
        }
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

    private Uni<Void> offerClaim(LmsAward award, Learner learner, Enrolment enrolment) {
        ClaimOffered offer = new ClaimOffered(award.claimId, learner.earnerId(), learner.email(), learner.name(),
                ClaimLinks.hashOf(award.claimToken), award.claimExpiresAt, enrolment.id, enrolment.achievementId,
                enrolment.achievementVersion, award.requestedAt);
        return outbox.add(award.tenantId, learner.earnerId(), learner.earnerId(), offer)
                .chain(() -> notifications.record(award.tenantId, enrolment.id, NotificationKind.CLAIM_OFFERED,
                        "claim:" + award.claimId, Map.of("claimUrl", claimUrl(award),
                                "expiresOn", DateTimeFormatter.ISO_LOCAL_DATE.format(
                                        award.claimExpiresAt.atZone(ZoneOffset.UTC)))))
                .replaceWithVoid();
    }

    private Awarded answer(LmsAward award, String outcome) {
        return new Awarded(award.id, award.enrolmentId, outcome, award.isUnclaimed(),
                award.isUnclaimed() ? claimUrl(award) : null, award.claimExpiresAt);
    }

    private String claimUrl(LmsAward award) {
        return ClaimLinks.link(config.claimLinkBase(), award.claimToken);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
