package org.microcred.issuance.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.events.issuance.AwardHeld;
import org.microcred.events.issuance.AwardReleased;
import org.microcred.issuance.AwardRelease;
import org.microcred.issuance.ReleaseFilter;
import org.microcred.issuance.ReleaseState;
import org.microcred.issuance.repository.AwardReleaseRepository;
import org.microcred.issuance.repository.CatalogueRepository;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/**
 * A release-manager's changes to a gated award, each in one transaction with the release row locked: two
 * release-managers acting at once are applied one after the other. Releasing signs and stores the credential
 * ({@link CredentialIssuer}, {@code credential.issued} in the outbox) in the transaction that marks the row RELEASED,
 * so a crash leaves either both or neither; a release repeated answers the credential of the first.
 */
@ApplicationScoped
public class ReleaseService {

    private static final Logger LOG = Logger.getLogger(ReleaseService.class);

    private final AwardReleaseRepository releases;
    private final CatalogueRepository catalogue;
    private final CredentialIssuer issuer;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AuditActors actors;

    public ReleaseService(AwardReleaseRepository releases, CatalogueRepository catalogue, CredentialIssuer issuer,
            Outbox outbox, AuditTrail audit, AuditActors actors) {
        this.releases = releases;
        this.catalogue = catalogue;
        this.issuer = issuer;
        this.outbox = outbox;
        this.audit = audit;
        this.actors = actors;
    }

    /** Releases an award awaiting release or held; one already released is answered as it is. */
    @WithTransaction
    public Uni<AwardRelease> release(String tenantId, UUID id, String managerId) {
        return locked(tenantId, id).chain(release -> release.state == ReleaseState.RELEASED
                ? Uni.createFrom().item(release)
                : issue(release, managerId));
    }

    /**
     * For a bulk release: releases the award only if it still awaits release (one released or held meanwhile stays
     * as it is). True when this call released it.
     */
    @WithTransaction
    public Uni<Boolean> releaseIfAwaiting(String tenantId, UUID id, String managerId) {
        return locked(tenantId, id).chain(release -> release.state == ReleaseState.AWAITING_RELEASE
                ? issue(release, managerId).replaceWith(true)
                : Uni.createFrom().item(false));
    }

    /** The ids of the first {@code max} awards of the filter that await release, oldest first: a bulk release's. */
    @WithSession
    public Uni<List<UUID>> awaiting(String tenantId, ReleaseFilter filter, int max) {
        return releases.awaitingIds(tenantId, filter, max);
    }

    /** Holds an award awaiting release; {@code shared}: the earner may read the reason. */
    @WithTransaction
    public Uni<AwardRelease> hold(String tenantId, UUID id, String reason, boolean shared, String managerId) {
        return locked(tenantId, id).chain(release -> {
            if (release.state != ReleaseState.AWAITING_RELEASE) {
                throw ProblemException.conflict("not-awaiting-release", "Award release " + id + " is "
                        + release.state + ": only an award awaiting release can be held");
            }
            ReleaseState before = release.state;
            release.hold(reason, shared, managerId, now());
            AwardHeld event = new AwardHeld(release.id, release.enrolmentId, release.assessmentId,
                    release.achievementId, release.achievementVersion, release.earnerId, shared ? reason : null,
                    release.heldAt);
            return outbox.add(tenantId, release.earnerId, release.earnerId, event)
                    .call(() -> audit.record(actors.caller(), tenantId, "award.held", "award-release", id.toString(),
                            AuditState.of("state", before), AuditState.of("state", release.state, "reason", reason,
                                    "reasonShared", shared)))
                    .invoke(() -> LOG.infof("Award release %s held by %s (tenant %s)", id, managerId, tenantId))
                    .replaceWith(release);
        });
    }

    private Uni<AwardRelease> locked(String tenantId, UUID id) {
        return releases.lockInTenant(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Award release", id));
    }

    /** Issues the award as the release-manager calling (the audit's credential.issued and award.released name them). */
    private Uni<AwardRelease> issue(AwardRelease release, String managerId) {
        AuditActor manager = actors.caller();
        ReleaseState before = release.state;
        return catalogue.findVersion(release.tenantId, release.achievementId, release.achievementVersion)
                // A release row is only made once the version is in the local catalogue, which keeps every version.
                .onItem().ifNull().failWith(() -> new IllegalStateException("Achievement " + release.achievementId
                        + " version " + release.achievementVersion + " is missing from the local catalogue"))
                .chain(achievement -> issuer.issue(release.tenantId, achievement, release.award, manager))
                .chain(credential -> {
                    release.released(credential.id, managerId, now());
                    AwardReleased event = new AwardReleased(release.id, release.enrolmentId, release.assessmentId,
                            release.achievementId, release.achievementVersion, release.earnerId, credential.id,
                            release.releasedAt);
                    return outbox.add(release.tenantId, release.earnerId, release.earnerId, event)
                            .call(() -> audit.record(manager, release.tenantId, "award.released", "award-release",
                                    release.id.toString(), AuditState.of("state", before),
                                    AuditState.of("state", release.state, "credentialId", credential.id)));
                })
                .invoke(() -> LOG.infof("Award release %s released by %s: credential %s (tenant %s)", release.id,
                        managerId, release.credentialId, release.tenantId))
                .replaceWith(release);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
