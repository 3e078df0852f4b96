package org.microcred.enrolment.pathway.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.pathway.Pathway;

/** The versions of each pathway; every finder is scoped by tenant. */
@ApplicationScoped
public class PathwayRepository implements PanacheRepositoryBase<Pathway, Pathway.Key> {

    private static final String CURRENT = " and not exists (select 1 from Pathway q where q.tenantId = p.tenantId"
            + " and q.id = p.id and q.version > p.version and q.status = p.status)";

    /** The newest version of any status (what an issuer-admin works on), or null. */
    public Uni<Pathway> findNewest(String tenantId, UUID id, LockModeType lock) {
        return find("tenantId = ?1 and id = ?2", Sort.by("version", Sort.Direction.Descending), tenantId, id)
                .withLock(lock).firstResult();
    }

    /** The newest PUBLISHED version, or null. */
    public Uni<Pathway> findCurrentPublished(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2 and status = ?3", Sort.by("version", Sort.Direction.Descending),
                tenantId, id, VersionStatus.PUBLISHED).firstResult();
    }

    public Uni<Pathway> findVersion(String tenantId, UUID id, int version) {
        return find("tenantId = ?1 and id = ?2 and version = ?3", tenantId, id, version).firstResult();
    }

    /** The current published version of each of the ids that has one. */
    public Uni<Map<UUID, Pathway>> currentPublished(String tenantId, Collection<UUID> ids) {
        return newestOf(tenantId, ids, List.of(VersionStatus.PUBLISHED));
    }

    /** The newest version (any status) of each of the ids that exists. */
    public Uni<Map<UUID, Pathway>> newest(String tenantId, Collection<UUID> ids) {
        return newestOf(tenantId, ids, List.of(VersionStatus.values()));
    }

    /** The newest published or retired version of each of the ids that has one (RETIRED: no longer offered). */
    public Uni<Map<UUID, Pathway>> currentOffered(String tenantId, Collection<UUID> ids) {
        return newestOf(tenantId, ids, List.of(VersionStatus.PUBLISHED, VersionStatus.RETIRED));
    }

    /** Every version, oldest first. */
    public Uni<List<Pathway>> versions(String tenantId, UUID id) {
        return list("tenantId = ?1 and id = ?2", Sort.by("version"), tenantId, id);
    }

    private Uni<Map<UUID, Pathway>> newestOf(String tenantId, Collection<UUID> ids, List<VersionStatus> statuses) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        var found = list("tenantId = ?1 and id in ?2 and status in ?3", tenantId, ids, statuses);
        return found.map(versions -> {
            Map<UUID, Pathway> newest = new HashMap<>();
            versions.forEach(p -> newest.merge(p.id, p, (a, b) -> a.version >= b.version ? a : b));
            return newest;
        });
    }

    /** One page of the current version of each pathway of the status (null: newest of any status). */
    public Uni<List<Pathway>> page(String tenantId, VersionStatus status, int limit, int offset) {
        return getSession().chain(session -> {
            var query = session.createSelectionQuery(from(status) + " order by p.name, p.id", Pathway.class)
                    .setParameter("tenant", tenantId);
            if (status != null) {
                query.setParameter("status", status);
            }
            return query.setFirstResult(offset).setMaxResults(limit).getResultList();
        });
    }

    public Uni<Long> countCurrent(String tenantId, VersionStatus status) {
        return getSession().chain(session -> {
            var query = session.createSelectionQuery("select count(*) " + from(status), Long.class)
                    .setParameter("tenant", tenantId);
            if (status != null) {
                query.setParameter("status", status);
            }
            return query.getSingleResult();
        });
    }

    /** The current version of each id: no newer version of the same status (any status when null). */
    private static String from(VersionStatus status) {
        return status == null
                ? "from Pathway p where p.tenantId = :tenant and not exists (select 1 from Pathway q"
                        + " where q.tenantId = p.tenantId and q.id = p.id and q.version > p.version)"
                : "from Pathway p where p.tenantId = :tenant and p.status = :status" + CURRENT;
    }
}
