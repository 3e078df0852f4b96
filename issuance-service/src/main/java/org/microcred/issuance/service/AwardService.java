package org.microcred.issuance.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.microcred.events.MalformedEventException;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.events.assessment.Decision;
import org.microcred.issuance.PendingAward;
import org.microcred.issuance.repository.CatalogueRepository;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.issuance.repository.PendingAwardRepository;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.persistence.AdvisoryLocks;

/**
 * Turns an AWARD decision into a credential, once, or into an award awaiting release when its version has a
 * release gate ({@link ReleaseGate}). Runs inside the consumer's transaction. When
 * the achievement version has not reached the local catalogue yet, the award is parked and
 * {@link CatalogueProjector} issues it when the catalogue event arrives.
 */
@ApplicationScoped
public class AwardService {

    private static final Logger LOG = Logger.getLogger(AwardService.class);

    private final AdvisoryLocks locks;
    private final CatalogueRepository catalogue;
    private final CredentialRepository credentials;
    private final PendingAwardRepository pending;
    private final ReleaseGate gate;

    public AwardService(AdvisoryLocks locks, CatalogueRepository catalogue, CredentialRepository credentials,
            PendingAwardRepository pending, ReleaseGate gate) {
        this.locks = locks;
        this.catalogue = catalogue;
        this.credentials = credentials;
        this.pending = pending;
        this.gate = gate;
    }

    /** {@code actor}: this service acting on the decision's event (the audit trail's actor of the credential). */
    public Uni<Void> decided(String tenantId, AssessmentDecided decision, AuditActor actor) {
        if (decision.decision() != Decision.AWARD) {
            return Uni.createFrom().voidItem(); // REVISE and DENY issue nothing
        }
        checkComplete(decision);
        // The achievement version's lock, which CatalogueProjector takes too: an award that parks itself and the
        // catalogue event that releases parked awards never miss each other's uncommitted rows.
        return locks.lock("issuance", tenantId, decision.achievementId().toString(),
                        Integer.toString(decision.achievementVersion()))
                .chain(() -> credentials.isIssued(tenantId, decision))
                .chain(issued -> issued ? Uni.createFrom().voidItem() : issueOrPark(tenantId, decision, actor));
    }

    private Uni<Void> issueOrPark(String tenantId, AssessmentDecided award, AuditActor actor) {
        return catalogue.findVersion(tenantId, award.achievementId(), award.achievementVersion())
                .chain(achievement -> achievement != null
                        ? gate.issueOrAwait(tenantId, achievement, award, actor)
                        : park(tenantId, award));
    }

    private Uni<Void> park(String tenantId, AssessmentDecided award) {
        return pending.isPending(tenantId, award).chain(already -> {
            if (already) {
                return Uni.createFrom().voidItem();
            }
            LOG.infof("Award %s waits for achievement %s version %d from the catalogue", award.assessmentId(),
                    award.achievementId(), award.achievementVersion());
            return pending.persist(PendingAward.of(tenantId, award, Instant.now())).replaceWithVoid();
        });
    }

    /** An award without these can never be issued; it goes to the dead-letter topic at once. */
    private static void checkComplete(AssessmentDecided award) {
        if (award.assessmentId() == null || award.enrolmentId() == null || award.achievementId() == null
                || award.earnerId() == null || award.earnerId().isBlank()) {
            throw new MalformedEventException("assessment.decided AWARD without assessmentId, enrolmentId,"
                    + " achievementId or earnerId");
        }
    }
}
