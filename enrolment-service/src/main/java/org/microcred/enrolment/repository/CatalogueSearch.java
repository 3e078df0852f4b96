package org.microcred.enrolment.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.CatalogueQuery;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.VersionStatus;

/**
 * Catalogue search in SQL, one row per micro-credential: its "current" version is the newest one of
 * the status asked for (earners: the newest PUBLISHED one). Text matching is {@code ILIKE} on name,
 * description, competency statement and the tags' JSON text; tags and alignments are matched in
 * their JSON with PostgreSQL's jsonb functions. A tenant's catalogue is hundreds of rows, so the
 * (tenant, status, id, version) index narrows it and the text match scans what is left.
 */
@ApplicationScoped
public class CatalogueSearch {

    @WithSession
    public Uni<Page<Achievement>> search(CatalogueQuery query) {
        if (query.achievementIds() != null && query.achievementIds().isEmpty()) {
            return Uni.createFrom().item(new Page<>(List.of(), 0, query.limit(), query.offset()));
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        String select = "SELECT a.* FROM achievement a WHERE " + where
                + " ORDER BY COALESCE(a.published_at, a.created_at) DESC, a.id LIMIT :limit OFFSET :offset";
        String count = "SELECT count(*) FROM achievement a WHERE " + where;
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<Achievement> rows = session.createNativeQuery(select, Achievement.class);
            Mutiny.SelectionQuery<Long> total = session.createNativeQuery(count, Long.class);
            params.forEach((name, value) -> {
                rows.setParameter(name, value);
                total.setParameter(name, value);
            });
            rows.setParameter("limit", query.limit());
            rows.setParameter("offset", query.offset());
            return total.getSingleResult().chain(n -> rows.getResultList()
                    .map(items -> new Page<>(items, n.longValue(), query.limit(), query.offset())));
        });
    }

    private static String where(CatalogueQuery query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("a.tenant_id = :tenant");
        params.put("tenant", query.tenantId());
        VersionStatus status = query.effectiveStatus();
        String sameStatus = "";
        if (status != null) {
            sql.append(" AND a.status = :status");
            sameStatus = " AND b.status = :status";
            params.put("status", status.name());
        }
        // The current version of each id: no newer version of the same status exists.
        sql.append(" AND NOT EXISTS (SELECT 1 FROM achievement b WHERE b.tenant_id = a.tenant_id AND b.id = a.id"
                + " AND b.version > a.version").append(sameStatus).append(')');
        if (query.q() != null) {
            sql.append(" AND (a.name ILIKE :q OR a.description ILIKE :q OR a.competency_statement ILIKE :q"
                    + " OR a.tags ILIKE :q)");
            params.put("q", contains(query.q()));
        }
        if (query.tag() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(CAST(a.tags AS jsonb)) AS t(tag)"
                    + " WHERE lower(t.tag) = lower(:tag))");
            params.put("tag", query.tag());
        }
        if (query.alignment() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM jsonb_array_elements(CAST(a.alignments AS jsonb)) AS al(t)"
                    + " WHERE lower(al.t ->> 'targetCode') = lower(:alignment)"
                    + " OR lower(al.t ->> 'targetFramework') = lower(:alignment)"
                    + " OR al.t ->> 'targetUrl' = :alignment"
                    + " OR al.t ->> 'targetName' ILIKE :alignmentName)");
            params.put("alignment", query.alignment());
            params.put("alignmentName", contains(query.alignment()));
        }
        if (query.level() != null) {
            sql.append(" AND lower(a.level) = lower(:level)");
            params.put("level", query.level());
        }
        if (query.minHours() != null) {
            sql.append(" AND a.size_hours >= :minHours");
            params.put("minHours", query.minHours());
        }
        if (query.maxHours() != null) {
            sql.append(" AND a.size_hours <= :maxHours");
            params.put("maxHours", query.maxHours());
        }
        if (query.deliveryMode() != null) {
            sql.append(" AND a.delivery_mode = :deliveryMode");
            params.put("deliveryMode", query.deliveryMode());
        }
        if (query.achievementIds() != null) {
            sql.append(" AND a.id IN (:ids)");
            params.put("ids", query.achievementIds());
        }
        return sql.toString();
    }

    /** A LIKE pattern matching the text anywhere, its wildcards taken literally. */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
