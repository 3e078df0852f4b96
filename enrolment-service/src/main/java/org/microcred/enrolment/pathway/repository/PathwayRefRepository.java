package org.microcred.enrolment.pathway.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.PathwayRef;
import org.microcred.enrolment.pathway.PathwayRules;

/** The index of what each pathway version names. */
@ApplicationScoped
public class PathwayRefRepository implements PanacheRepositoryBase<PathwayRef, PathwayRef.Key> {

    /**
     * The pathways of the statuses asked that contain any of the micro-credentials, directly or
     * through nested pathways of those statuses (any such version: callers load the current one).
     * UNION stops at cycles.
     */
    private static final String CONTAINING = """
            WITH RECURSIVE up(id) AS (
                SELECT r.pathway_id FROM pathway_ref r
                  JOIN pathway p ON p.id = r.pathway_id AND p.version = r.pathway_version
                 WHERE p.tenant_id = :tenant AND p.status IN (:statuses)
                   AND r.kind = 'achievement' AND r.ref_id IN (:ids)
                UNION
                SELECT r.pathway_id FROM pathway_ref r
                  JOIN pathway p ON p.id = r.pathway_id AND p.version = r.pathway_version
                  JOIN up ON r.kind = 'pathway' AND r.ref_id = up.id
                 WHERE p.tenant_id = :tenant AND p.status IN (:statuses)
            ) SELECT id FROM up""";
    private static final List<String> PUBLISHED = List.of(VersionStatus.PUBLISHED.name());
    private static final List<String> OFFERED = List.of(VersionStatus.PUBLISHED.name(), VersionStatus.RETIRED.name());

    /** Replaces the index entries of a pathway version with those of its (new) rule. */
    public Uni<Void> replace(Pathway pathway) {
        Set<PathwayRef> refs = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (PathwayRules.Leaf leaf : PathwayRules.leaves(pathway.rule)) {
            if (keys.add(leaf.kind() + leaf.id())) {
                refs.add(PathwayRef.of(pathway, leaf.kind(), leaf.id()));
            }
        }
        return delete("pathwayId = ?1 and pathwayVersion = ?2", pathway.id, pathway.version)
                .chain(() -> persist(refs.stream()))
                .replaceWithVoid();
    }

    /** The published pathways containing any of the micro-credentials: those to evaluate. */
    public Uni<Set<UUID>> publishedContaining(String tenantId, Collection<UUID> achievementIds) {
        return containing(tenantId, achievementIds, PUBLISHED);
    }

    /** As {@link #publishedContaining}, retired pathways included: those whose progress is shown. */
    public Uni<Set<UUID>> offeredContaining(String tenantId, Collection<UUID> achievementIds) {
        return containing(tenantId, achievementIds, OFFERED);
    }

    private Uni<Set<UUID>> containing(String tenantId, Collection<UUID> achievementIds, List<String> statuses) {
        if (achievementIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return getSession().chain(session -> session.createNativeQuery(CONTAINING, UUID.class)
                .setParameter("tenant", tenantId)
                .setParameter("statuses", statuses)
                .setParameter("ids", List.copyOf(achievementIds))
                .getResultList())
                .map(HashSet::new);
    }
}
