package org.microcred.enrolment.webhook.adapter.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.microcred.enrolment.webhook.adapter.LmsIntegration;
import org.microcred.enrolment.webhook.adapter.Platform;

/** The tenants' platform integrations. */
@ApplicationScoped
public class LmsIntegrations implements PanacheRepositoryBase<LmsIntegration, LmsIntegration.Key> {

    public Uni<LmsIntegration> find(String tenantId, Platform platform) {
        return findById(new LmsIntegration.Key(tenantId, platform.slug()));
    }

    public Uni<List<LmsIntegration>> ofTenant(String tenantId) {
        return list("tenantId = ?1 order by platform", tenantId);
    }
}
