package org.microcred.issuance.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.events.MalformedEventException;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.events.catalogue.Rubric;
import org.microcred.issuance.CatalogueAchievement;
import org.microcred.issuance.PendingAward;
import org.microcred.issuance.repository.CatalogueRepository;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.issuance.repository.PendingAwardRepository;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * Keeps the local catalogue of achievement versions, and issues the awards that were waiting for
 * a version (or keeps them for release, when the version has a release gate), in the same transaction as the
 * catalogue event (the consumer's).
 */
@ApplicationScoped
public class CatalogueProjector {

    private static final Logger LOG = Logger.getLogger(CatalogueProjector.class);

    private final AdvisoryLocks locks;
    private final CatalogueRepository catalogue;
    private final CredentialRepository credentials;
    private final PendingAwardRepository pending;
    private final ReleaseGate gate;

    public CatalogueProjector(AdvisoryLocks locks, CatalogueRepository catalogue, CredentialRepository credentials,
            PendingAwardRepository pending, ReleaseGate gate) {
        this.locks = locks;
        this.catalogue = catalogue;
        this.credentials = credentials;
        this.pending = pending;
        this.gate = gate;
    }

    /** {@code actor}: this service acting on the catalogue event, which issues the awards that waited for it. */
    public Uni<Void> published(String tenantId, AchievementPublished published, AuditActor actor) {
        checkComplete(published);
        // The achievement version's lock, as AwardService takes it before parking an award.
        return locks.lock("issuance", tenantId, published.achievementId().toString(),
                        Integer.toString(published.version()))
                .chain(() -> catalogue.findVersion(tenantId, published.achievementId(), published.version()))
                .chain(existing -> save(existing != null ? existing : new CatalogueAchievement(), tenantId, published))
                .chain(achievement -> releasePending(achievement, actor));
    }

    private Uni<CatalogueAchievement> save(CatalogueAchievement entry, String tenantId, AchievementPublished p) {
        entry.tenantId = tenantId;
        entry.achievementId = p.achievementId();
        entry.version = p.version();
        entry.name = p.name();
        entry.description = p.description();
        entry.criteriaNarrative = p.criteriaNarrative();
        entry.achievementType = blank(p.achievementType()) ? "MicroCredential" : p.achievementType();
        entry.evidencePrompts = p.evidencePrompts() != null ? p.evidencePrompts() : List.of();
        // A progress version may have no rubric: it is stored as one without criteria.
        entry.rubric = p.rubric() != null ? p.rubric() : new Rubric(List.of());
        entry.publishedAt = p.publishedAt();
        entry.alignments = p.alignments() != null ? p.alignments() : List.of();
        entry.creditsAvailable = p.creditsAvailable();
        entry.fieldOfStudy = p.fieldOfStudy();
        entry.humanCode = p.humanCode();
        entry.tags = p.tags() != null ? p.tags() : List.of();
        entry.imageUrl = p.imageUrl();
        entry.inLanguage = p.inLanguage();
        entry.level = p.level();
        entry.sizeHours = p.sizeHours();
        entry.validityDays = p.validityDays();
        entry.benchmarkKind = blank(p.benchmarkKind()) ? AchievementPublished.PERFORMANCE : p.benchmarkKind();
        entry.progressRule = p.progressRule();
        entry.releaseGate = p.gated();
        return entry.id == null ? catalogue.persist(entry) : Uni.createFrom().item(entry);
    }

    private Uni<Void> releasePending(CatalogueAchievement achievement, AuditActor actor) {
        return pending.waitingFor(achievement.tenantId, achievement.achievementId, achievement.version)
                .onItem().transformToMulti(list -> Multi.createFrom().iterable(list))
                // One at a time: a reactive session is not used concurrently.
                .onItem().transformToUniAndConcatenate(award -> release(achievement, award, actor))
                .collect().asList()
                .replaceWithVoid();
    }

    private Uni<Void> release(CatalogueAchievement achievement, PendingAward parked, AuditActor actor) {
        LOG.infof("Catalogue event for achievement %s version %d releases award %s", achievement.achievementId,
                achievement.version, parked.assessmentId);
        return credentials.isIssued(parked.tenantId, parked.award)
                .chain(issued -> issued
                        ? Uni.createFrom().voidItem()
                        : gate.issueOrAwait(parked.tenantId, achievement, parked.award, actor))
                .chain(() -> pending.delete(parked));
    }

    /**
     * A definition without these cannot be stated in a credential; it is dead-lettered at once. An
     * assessor needs a rubric; a {@code progress} version is earned without one.
     */
    private static void checkComplete(AchievementPublished p) {
        if (p.achievementId() == null || p.version() < 1 || blank(p.name()) || blank(p.description())
                || blank(p.criteriaNarrative()) || (p.rubric() == null && p.judgedByAssessor())) {
            throw new MalformedEventException("catalogue.achievement.published without achievementId, version,"
                    + " name, description, criteriaNarrative or (for a performance version) rubric");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
