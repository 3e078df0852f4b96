package org.microcred.enrolment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.VersionStatus;

/** The versions of each micro-credential; every finder is scoped by tenant. */
@ApplicationScoped
public class AchievementRepository implements PanacheRepositoryBase<Achievement, Achievement.Key> {

    /**
     * The version earners see and enrol in: the newest PUBLISHED one; null when none was published
     * or the micro-credential is retired (retiring marks every published version RETIRED).
     */
    public Uni<Achievement> findCurrentPublished(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2 and status = ?3", Sort.by("version", Sort.Direction.Descending),
                tenantId, id, VersionStatus.PUBLISHED).firstResult();
    }

    /** One version; null when there is none in the tenant. */
    public Uni<Achievement> findVersion(String tenantId, UUID id, int version) {
        return find("tenantId = ?1 and id = ?2 and version = ?3", tenantId, id, version).firstResult();
    }

    /** The newest version of the given status, or null. */
    public Uni<Achievement> findNewest(String tenantId, UUID id, VersionStatus status) {
        return find("tenantId = ?1 and id = ?2 and status = ?3", Sort.by("version", Sort.Direction.Descending),
                tenantId, id, status).firstResult();
    }

    /**
     * The newest version of any status (what an issuer-admin works on), read with the given lock
     * ({@code NONE} to read, a write lock for changes); another tenant's is as absent as a missing one.
     */
    public Uni<Achievement> newest(String tenantId, UUID id, LockModeType lock) {
        return find("tenantId = ?1 and id = ?2", Sort.by("version", Sort.Direction.Descending), tenantId, id)
                .withLock(lock).firstResult();
    }

    /**
     * For each of the ids, the newest version among the given statuses (a micro-credential with
     * none of them is absent from the map).
     */
    public Uni<Map<UUID, Achievement>> newestIn(String tenantId, Collection<UUID> ids, Set<VersionStatus> statuses) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("tenantId = ?1 and id in ?2 and status in ?3", tenantId, ids, statuses).map(versions -> {
            Map<UUID, Achievement> newest = new HashMap<>();
            versions.forEach(a -> newest.merge(a.id, a, (x, y) -> x.version >= y.version ? x : y));
            return newest;
        });
    }

    public Uni<List<Achievement>> versions(String tenantId, UUID id) {
        return list("tenantId = ?1 and id = ?2", Sort.by("version"), tenantId, id);
    }
}
