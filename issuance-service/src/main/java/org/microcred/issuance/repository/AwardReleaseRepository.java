package org.microcred.issuance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.microcred.events.assessment.AssessmentDecided;
import org.microcred.issuance.AwardRelease;
import org.microcred.issuance.ReleaseFilter;
import org.microcred.issuance.ReleaseState;

@ApplicationScoped
public class AwardReleaseRepository implements PanacheRepositoryBase<AwardRelease, UUID> {

    private static final Sort OLDEST_FIRST = Sort.by("awardedAt").and("id");

    /** Whether this award decision already waits (or waited) for release: its natural key. */
    public Uni<Boolean> exists(String tenantId, AssessmentDecided award) {
        return count("tenantId = :tenant and earnerId = :earner and achievementId = :achievement"
                        + " and achievementVersion = :version and assessmentId = :assessment",
                Parameters.with("tenant", tenantId).and("earner", award.earnerId())
                        .and("achievement", award.achievementId()).and("version", award.achievementVersion())
                        .and("assessment", award.assessmentId()))
                .map(count -> count > 0);
    }

    /** The release if it belongs to the tenant; another tenant's is as absent as a missing one. */
    public Uni<AwardRelease> findInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResult();
    }

    /** Like {@link #findInTenant}, row-locked: two release-managers acting on it are applied one after the other. */
    public Uni<AwardRelease> lockInTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** One page of the tenant's releases matching the filter, oldest award first. */
    public Uni<List<AwardRelease>> list(String tenantId, ReleaseFilter filter, int limit, int offset) {
        return find(where(filter), OLDEST_FIRST, parameters(tenantId, filter)).range(offset, offset + limit - 1)
                .list();
    }

    public Uni<Long> count(String tenantId, ReleaseFilter filter) {
        return count(where(filter), parameters(tenantId, filter));
    }

    private static String where(ReleaseFilter f) {
        StringBuilder q = new StringBuilder("tenantId = :tenant");
        if (f.achievementId() != null) {
            q.append(" and achievementId = :achievement");
        }
        if (f.achievementVersion() != null) {
            q.append(" and achievementVersion = :version");
        }
        if (f.awardedFrom() != null) {
            q.append(" and awardedAt >= :from");
        }
        if (f.awardedTo() != null) {
            q.append(" and awardedAt < :to");
        }
        if (f.state() != null) {
            q.append(" and state = :state");
        }
        return q.toString();
    }

    private static Parameters parameters(String tenantId, ReleaseFilter f) {
        Parameters p = Parameters.with("tenant", tenantId);
        if (f.achievementId() != null) {
            p = p.and("achievement", f.achievementId());
        }
        if (f.achievementVersion() != null) {
            p = p.and("version", f.achievementVersion());
        }
        if (f.awardedFrom() != null) {
            p = p.and("from", f.awardedFrom());
        }
        if (f.awardedTo() != null) {
            p = p.and("to", f.awardedTo());
        }
        if (f.state() != null) {
            p = p.and("state", f.state());
        }
        return p;
    }

    /** The ids of the releases matching the filter that still await release: what a bulk release releases. */
    public Uni<List<UUID>> awaitingIds(String tenantId, ReleaseFilter filter, int max) {
        ReleaseFilter awaiting = filter.withState(ReleaseState.AWAITING_RELEASE);
        return find(where(awaiting), OLDEST_FIRST, parameters(tenantId, awaiting)).range(0, max - 1).list()
                .map(releases -> releases.stream().map(release -> release.id).toList());
    }
}
