package org.microcred.assessment.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.microcred.assessment.AchievementVersion;
import org.microcred.assessment.DecisionRule;
import org.microcred.assessment.ProgressJudge;
import org.microcred.assessment.repository.AchievementVersionRepository;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.MalformedEventException;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.SecondMarking;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * Keeps what assessment needs of every published micro-credential version, from the catalogue
 * topic, then decides the LMS reports that waited for it. Runs inside the consumer's transaction;
 * a replayed event writes the same row again.
 */
@ApplicationScoped
public class CatalogueProjector {

    private final AchievementVersionRepository versions;
    private final ProgressService progress;
    private final AdvisoryLocks locks;

    public CatalogueProjector(AchievementVersionRepository versions, ProgressService progress, AdvisoryLocks locks) {
        this.versions = versions;
        this.progress = progress;
        this.locks = locks;
    }

    public Uni<Void> apply(EventEnvelope<EventPayload> event) {
        if (!(event.payload() instanceof AchievementPublished published)) {
            return Uni.createFrom().voidItem();
        }
        requireDecidable(published);
        String tenantId = event.tenantId();
        // The same lock a report of this version takes before it is parked: one of them sees the other's row.
        return locks.lock("version", tenantId, published.achievementId().toString(),
                        String.valueOf(published.version()))
                .chain(() -> versions.findVersion(tenantId, published.achievementId(), published.version()))
                .chain(existing -> {
                    AchievementVersion row = existing != null ? existing : new AchievementVersion();
                    fill(row, tenantId, published);
                    return existing != null ? Uni.createFrom().item(row) : versions.persist(row);
                })
                // Reports parked for a performance version decide nothing, and are dropped the same way.
                .chain(row -> progress.decideParked(event, row));
    }

    /** Deciding against it would be impossible or wrong: set it aside, visibly, in the DLQ. */
    private static void requireDecidable(AchievementPublished published) {
        if (published.achievementId() == null) {
            throw new MalformedEventException("catalogue.achievement.published without an achievementId");
        }
        if (published.judgedByAssessor() ? !DecisionRule.isJudgeable(published.rubric())
                : !ProgressJudge.isUsable(published.progressRule())) {
            throw new MalformedEventException("catalogue.achievement.published " + published.achievementId()
                    + " has no judgeable rubric or usable progress rule");
        }
    }

    private static void fill(AchievementVersion row, String tenantId, AchievementPublished p) {
        row.tenantId = tenantId;
        row.achievementId = p.achievementId();
        row.version = p.version();
        row.name = p.name() != null ? p.name() : "";
        row.benchmarkKind = p.judgedByAssessor() ? AchievementPublished.PERFORMANCE : AchievementPublished.PROGRESS;
        // A progress version may carry a rubric the catalogue accepted; keep it only when judgeable.
        row.rubric = DecisionRule.isJudgeable(p.rubric()) ? p.rubric() : null;
        row.progressRule = p.judgedByAssessor() ? null : p.progressRule();
        row.feedbackTargetDays = positiveOr(p.feedbackTargetDays(), AchievementVersion.DEFAULT_FEEDBACK_TARGET_DAYS);
        row.maxAttempts = positiveOr(p.maxAttempts(), AchievementVersion.DEFAULT_MAX_ATTEMPTS);
        SecondMarking marking = p.secondMarking();
        String mode = marking != null ? marking.mode() : null;
        if (SecondMarking.ALL.equals(mode)) {
            row.secondMarkingMode = SecondMarking.ALL;
            row.secondMarkingPercent = null;
        } else if (SecondMarking.SAMPLE.equals(mode) && validPercent(marking.samplePercent())) {
            row.secondMarkingMode = SecondMarking.SAMPLE;
            row.secondMarkingPercent = marking.samplePercent();
        } else {
            row.secondMarkingMode = SecondMarking.NONE;
            row.secondMarkingPercent = null;
        }
        row.publishedAt = p.publishedAt();
        row.receivedAt = Instant.now();
    }

    private static boolean validPercent(Integer percent) {
        return percent != null && percent >= 1 && percent <= 100;
    }

    private static int positiveOr(Integer value, int fallback) {
        return value != null && value > 0 ? value : fallback;
    }
}
