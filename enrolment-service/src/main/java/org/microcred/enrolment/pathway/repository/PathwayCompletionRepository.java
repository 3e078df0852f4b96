package org.microcred.enrolment.pathway.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.pathway.PathwayCompletion;

/** The pathways earners completed, one row per earner and pathway version. */
@ApplicationScoped
public class PathwayCompletionRepository implements PanacheRepositoryBase<PathwayCompletion, PathwayCompletion.Key> {

    /** The pathways the earner completed (any version). */
    public Uni<Set<UUID>> completedBy(String tenantId, String earnerId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select distinct pathwayId from PathwayCompletion where tenantId = :tenant and earnerId = :earner",
                        UUID.class)
                .setParameter("tenant", tenantId).setParameter("earner", earnerId)
                .getResultList()).map(HashSet::new);
    }
}
