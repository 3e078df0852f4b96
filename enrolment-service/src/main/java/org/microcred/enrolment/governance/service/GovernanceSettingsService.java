package org.microcred.enrolment.governance.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.microcred.enrolment.governance.GovernanceSetting;
import org.microcred.enrolment.governance.repository.GovernanceSettings;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;

/** A tenant's governance settings: read (the defaults when never set) and changed. */
@ApplicationScoped
public class GovernanceSettingsService {

    // Two first changes at once: the second updates the row the first inserted.
    private static final String UPSERT = "INSERT INTO governance_setting (tenant_id, publication_approval, updated_by,"
            + " updated_at) VALUES (:tenant, :approval, :by, :at) ON CONFLICT (tenant_id) DO UPDATE SET"
            + " publication_approval = EXCLUDED.publication_approval, updated_by = EXCLUDED.updated_by,"
            + " updated_at = EXCLUDED.updated_at";

    // The row as it was, locked for the change (none before the first change: the defaults).
    private static final String CURRENT = "SELECT publication_approval FROM governance_setting"
            + " WHERE tenant_id = :tenant FOR UPDATE";

    private final GovernanceSettings settings;
    private final AuditTrail audit;
    private final AuditActors actors;

    public GovernanceSettingsService(GovernanceSettings settings, AuditTrail audit, AuditActors actors) {
        this.settings = settings;
        this.audit = audit;
        this.actors = actors;
    }

    /** The tenant's settings; a tenant that never changed them has the defaults (no {@code updatedBy}). */
    @WithSession
    public Uni<GovernanceSetting> get(String tenantId) {
        return settings.findById(tenantId).map(found -> found != null ? found : defaults(tenantId));
    }

    /**
     * Changes the settings, with the audit record {@code governance.settings.changed} (before and after); saving the
     * value in force again records nothing (nothing changed), though it names who saved it last.
     */
    @WithTransaction
    public Uni<GovernanceSetting> update(String tenantId, boolean publicationApproval, String userId) {
        Instant now = Instant.now();
        return settings.getSession().chain(session -> session.createNativeQuery(CURRENT, Boolean.class)
                        .setParameter("tenant", tenantId).getResultList()
                        .chain(current -> {
                            boolean before = current.isEmpty()
                                    ? GovernanceSetting.DEFAULT_PUBLICATION_APPROVAL : current.get(0);
                            Uni<Integer> saved = session.createNativeQuery(UPSERT)
                                    .setParameter("tenant", tenantId).setParameter("approval", publicationApproval)
                                    .setParameter("by", userId).setParameter("at", now).executeUpdate();
                            return before == publicationApproval ? saved.replaceWithVoid() : saved.chain(() ->
                                    audit.record(actors.caller(), tenantId, "governance.settings.changed",
                                            "governance-settings", tenantId,
                                            AuditState.of("publicationApproval", before),
                                            AuditState.of("publicationApproval", publicationApproval)))
                                    .replaceWithVoid();
                        }))
                .map(ignored -> {
                    GovernanceSetting set = new GovernanceSetting();
                    set.tenantId = tenantId;
                    set.publicationApproval = publicationApproval;
                    set.updatedBy = userId;
                    set.updatedAt = now;
                    return set;
                });
    }

    private static GovernanceSetting defaults(String tenantId) {
        GovernanceSetting set = new GovernanceSetting();
        set.tenantId = tenantId;
        set.publicationApproval = GovernanceSetting.DEFAULT_PUBLICATION_APPROVAL;
        return set;
    }
}
