package org.microcred.enrolment.pathway.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.pathway.PathwayCredential;

/** The stacked credentials issued for completed pathways. */
@ApplicationScoped
public class PathwayCredentialRepository implements PanacheRepositoryBase<PathwayCredential, UUID> {

    /** Records the credential unless it is recorded already (a redelivery). */
    public Uni<Void> recordOnce(PathwayCredential row) {
        return findById(row.credentialId).chain(existing -> existing != null ? Uni.createFrom().voidItem()
                : persist(row).replaceWithVoid());
    }

    /** The stacked credential issued for each pathway the earner completed (the first one when several). */
    public Uni<Map<UUID, UUID>> byPathway(String tenantId, String earnerId) {
        return list("tenantId = ?1 and earnerId = ?2", tenantId, earnerId).map(rows -> {
            Map<UUID, UUID> byPathway = new HashMap<>();
            rows.forEach(r -> byPathway.putIfAbsent(r.pathwayId, r.credentialId));
            return byPathway;
        });
    }
}
