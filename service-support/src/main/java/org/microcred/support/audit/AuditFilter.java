package org.microcred.support.audit;

import java.time.Instant;

/** Which records of one tenant a list or an export holds; a null criterion matches everything. */
public record AuditFilter(String tenantId, String actorId, String action, String objectType, String objectId,
        Instant from, Instant to) {

    /** The HQL conditions of this filter on {@code r}, and {@link #bind} sets their parameters. */
    String where() {
        StringBuilder where = new StringBuilder("r.tenantId = :tenant");
        if (actorId != null) {
            where.append(" and r.actorId = :actor");
        }
        if (action != null) {
            where.append(" and r.action = :action");
        }
        if (objectType != null) {
            where.append(" and r.objectType = :objectType");
        }
        if (objectId != null) {
            where.append(" and r.objectId = :objectId");
        }
        if (from != null) {
            where.append(" and r.recordedAt >= :from");
        }
        if (to != null) {
            where.append(" and r.recordedAt < :to");
        }
        return where.toString();
    }

    <Q extends org.hibernate.reactive.mutiny.Mutiny.SelectionQuery<?>> Q bind(Q query) {
        query.setParameter("tenant", tenantId);
        if (actorId != null) {
            query.setParameter("actor", actorId);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        if (objectType != null) {
            query.setParameter("objectType", objectType);
        }
        if (objectId != null) {
            query.setParameter("objectId", objectId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }
}
