package org.microcred.enrolment.governance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.enrolment.governance.GovernanceSetting;

/** Each tenant's governance settings, keyed by tenant. */
@ApplicationScoped
public class GovernanceSettings implements PanacheRepositoryBase<GovernanceSetting, String> {

    /** Whether the tenant's versions need a release-manager's approval before publication (default: yes). */
    public Uni<Boolean> publicationApproval(String tenantId) {
        return findById(tenantId).map(found -> found == null ? GovernanceSetting.DEFAULT_PUBLICATION_APPROVAL
                : found.publicationApproval);
    }
}
