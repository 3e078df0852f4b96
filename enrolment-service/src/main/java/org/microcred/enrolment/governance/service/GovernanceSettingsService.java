package org.microcred.enrolment.governance.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.microcred.enrolment.governance.GovernanceSetting;
import org.microcred.enrolment.governance.repository.GovernanceSettings;

/** A tenant's governance settings: read (the defaults when never set) and changed. */
@ApplicationScoped
public class GovernanceSettingsService {

    // Two first changes at once: the second updates the row the first inserted.
    private static final String UPSERT = "INSERT INTO governance_setting (tenant_id, publication_approval, updated_by,"
            + " updated_at) VALUES (:tenant, :approval, :by, :at) ON CONFLICT (tenant_id) DO UPDATE SET"
            + " publication_approval = EXCLUDED.publication_approval, updated_by = EXCLUDED.updated_by,"
            + " updated_at = EXCLUDED.updated_at";

    private final GovernanceSettings settings;

    public GovernanceSettingsService(GovernanceSettings settings) {
        this.settings = settings;
    }

    /** The tenant's settings; a tenant that never changed them has the defaults (no {@code updatedBy}). */
    @WithSession
    public Uni<GovernanceSetting> get(String tenantId) {
        return settings.findById(tenantId).map(found -> found != null ? found : defaults(tenantId));
    }

    @WithTransaction
    public Uni<GovernanceSetting> update(String tenantId, boolean publicationApproval, String userId) {
        Instant now = Instant.now();
        return settings.getSession().chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter("tenant", tenantId).setParameter("approval", publicationApproval)
                        .setParameter("by", userId).setParameter("at", now).executeUpdate())
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
