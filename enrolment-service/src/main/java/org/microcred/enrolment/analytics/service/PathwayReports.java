package org.microcred.enrolment.analytics.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.analytics.PathwayReport;
import org.microcred.enrolment.analytics.Ratios;
import org.microcred.enrolment.analytics.repository.PathwayQueries;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.PathwayRule;
import org.microcred.enrolment.pathway.repository.PathwayRepository;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.support.problem.ProblemException;

/**
 * Builds a pathway's report: its components are the micro-credentials its rule names (at any depth of its groups;
 * a nested pathway counts through its own report), read from the newest published version (else the newest).
 */
@ApplicationScoped
public class PathwayReports {

    private final PathwayRepository pathways;
    private final AchievementRepository achievements;
    private final PathwayQueries queries;

    public PathwayReports(PathwayRepository pathways, AchievementRepository achievements, PathwayQueries queries) {
        this.pathways = pathways;
        this.achievements = achievements;
        this.queries = queries;
    }

    @WithSession
    public Uni<PathwayReport> report(String tenantId, UUID pathwayId, LocalDate from, LocalDate to) {
        Instant start = AchievementReports.Periods.start(from);
        Instant end = AchievementReports.Periods.end(to);
        return pathways.versions(tenantId, pathwayId).chain(versions -> {
            if (versions.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.notFound("Pathway", pathwayId));
            }
            Pathway shown = versions.stream().filter(p -> p.status != VersionStatus.DRAFT
                            && p.status != VersionStatus.IN_REVIEW)
                    .max(Comparator.comparingInt(p -> p.version))
                    .orElse(versions.get(versions.size() - 1));
            List<UUID> ids = new ArrayList<>(leaves(shown.rule, new LinkedHashSet<>()));
            if (ids.isEmpty()) {
                return queries.completed(tenantId, pathwayId, start, end).map(completed -> new PathwayReport(
                        pathwayId, shown.version, from, to, 0, 0, completed, null, List.of()));
            }
            return achievements.newestIn(tenantId, ids, Set.of(VersionStatus.values()))
                    .chain(names -> queries.earners(tenantId, ids, start, end)
                            .chain(earners -> queries.components(tenantId, ids, start, end)
                                    .chain(rows -> queries.completed(tenantId, pathwayId, start, end)
                                            .map(completed -> build(shown, from, to, ids, names, earners, rows,
                                                    completed)))));
        });
    }

    private static PathwayReport build(Pathway pathway, LocalDate from, LocalDate to, List<UUID> ids,
            Map<UUID, org.microcred.enrolment.Achievement> names, Object[] earners, List<Object[]> rows,
            long completed) {
        Map<UUID, Object[]> byId = new HashMap<>();
        rows.forEach(row -> byId.put((UUID) row[0], row));
        List<PathwayReport.Component> components = ids.stream().map(id -> {
            Object[] row = byId.get(id);
            String name = names.containsKey(id) ? names.get(id).name : null;
            return row == null ? new PathwayReport.Component(id, name, 0, 0, 0, 0)
                    : new PathwayReport.Component(id, name, n(row[1]), n(row[2]), n(row[3]), n(row[4]));
        }).toList();
        long enrolled = n(earners[0]);
        return new PathwayReport(pathway.id, pathway.version, from, to, enrolled, n(earners[1]), completed,
                Ratios.share(completed, enrolled), components);
    }

    private static Set<UUID> leaves(PathwayRule rule, Set<UUID> into) {
        if (rule == null) {
            return into;
        }
        if (rule.achievementId() != null) {
            into.add(rule.achievementId());
        }
        if (rule.items() != null) {
            rule.items().forEach(item -> leaves(item, into));
        }
        return into;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
