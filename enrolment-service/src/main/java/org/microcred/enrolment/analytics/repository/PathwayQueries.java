package org.microcred.enrolment.analytics.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The pathway report's aggregates over the analytics tables. */
@ApplicationScoped
public class PathwayQueries {

    private static final String PERIOD = "e.tenant_id = :tenant AND e.achievement_id IN (:ids)"
            + " AND e.enrolled_at >= :from AND e.enrolled_at < :to";

    /** distinct earners enrolled, started. */
    static final String EARNERS = "SELECT count(DISTINCT e.earner_key),"
            + " count(DISTINCT e.earner_key) FILTER (WHERE e.started_at IS NOT NULL OR e.submitted_at IS NOT NULL)"
            + " FROM analytics_enrolment e WHERE " + PERIOD;

    /** per component: achievement, enrolled, started, awarded, issued. */
    static final String COMPONENTS = "SELECT e.achievement_id, count(*),"
            + " count(*) FILTER (WHERE e.started_at IS NOT NULL OR e.submitted_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.awarded_at IS NOT NULL),"
            + " count(*) FILTER (WHERE e.issued_at IS NOT NULL)"
            + " FROM analytics_enrolment e WHERE " + PERIOD + " GROUP BY e.achievement_id";

    static final String COMPLETED = "SELECT count(DISTINCT c.earner_key) FROM analytics_pathway_completion c"
            + " WHERE c.tenant_id = :tenant AND c.pathway_id = :pathway"
            + " AND c.completed_at >= :from AND c.completed_at < :to";

    public Uni<Object[]> earners(String tenantId, List<UUID> ids, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.<Object[]>createNativeQuery(EARNERS)
                .setParameter("tenant", tenantId).setParameter("ids", ids)
                .setParameter("from", from).setParameter("to", to)
                .getSingleResult());
    }

    public Uni<List<Object[]>> components(String tenantId, List<UUID> ids, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.<Object[]>createNativeQuery(COMPONENTS)
                .setParameter("tenant", tenantId).setParameter("ids", ids)
                .setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    public Uni<Long> completed(String tenantId, UUID pathwayId, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.<Number>createNativeQuery(COMPLETED)
                .setParameter("tenant", tenantId).setParameter("pathway", pathwayId)
                .setParameter("from", from).setParameter("to", to)
                .getSingleResult()).map(Number::longValue);
    }
}
