package org.microcred.issuance.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.issuance.AwardAwaitingRelease;
import org.microcred.issuance.AwardRelease;
import org.microcred.issuance.CatalogueAchievement;
import org.microcred.issuance.repository.AwardReleaseRepository;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.outbox.Outbox;

/**
 * Where an award whose achievement version is known goes, in the caller's transaction: issued at once, or, when the
 * version has a release gate, kept as awaiting release ({@code issuance.award.awaiting-release} in the outbox) for a
 * release-manager ({@link ReleaseService}). Whatever path decided the award (an assessor, second marking, an LMS award
 * request, a bulk job), it is one {@code assessment.decided} here, so all are gated alike.
 */
@ApplicationScoped
public class ReleaseGate {

    private static final Logger LOG = Logger.getLogger(ReleaseGate.class);

    private final AwardReleaseRepository releases;
    private final CredentialIssuer issuer;
    private final Outbox outbox;

    public ReleaseGate(AwardReleaseRepository releases, CredentialIssuer issuer, Outbox outbox) {
        this.releases = releases;
        this.issuer = issuer;
        this.outbox = outbox;
    }

    /** The caller has checked that no credential was issued for this award; {@code actor} issues it (audit). */
    public Uni<Void> issueOrAwait(String tenantId, CatalogueAchievement achievement, AssessmentDecided award,
            AuditActor actor) {
        if (!achievement.releaseGate) {
            return issuer.issue(tenantId, achievement, award, actor).replaceWithVoid();
        }
        return releases.exists(tenantId, award)
                .chain(already -> already ? Uni.createFrom().voidItem() : await(tenantId, achievement, award));
    }

    private Uni<Void> await(String tenantId, CatalogueAchievement achievement, AssessmentDecided award) {
        AwardRelease release = AwardRelease.awaiting(tenantId, achievement, award, Instant.now());
        AwardAwaitingRelease event = new AwardAwaitingRelease(release.id, release.enrolmentId, release.assessmentId,
                release.achievementId, release.achievementVersion, release.earnerId, release.achievementName,
                release.awardedAt);
        return releases.persist(release)
                .chain(() -> outbox.add(tenantId, release.earnerId, release.earnerId, event))
                .invoke(() -> LOG.infof("Award %s of achievement %s version %d awaits release (tenant %s)",
                        award.assessmentId(), award.achievementId(), award.achievementVersion(), tenantId))
                .replaceWithVoid();
    }
}
