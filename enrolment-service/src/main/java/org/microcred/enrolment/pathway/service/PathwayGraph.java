package org.microcred.enrolment.pathway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.PathwayCycles;
import org.microcred.enrolment.pathway.PathwayRules;
import org.microcred.enrolment.pathway.repository.PathwayRepository;

/** Loads pathways and the pathways they name, level by level, and finds cycles among them. */
@ApplicationScoped
public class PathwayGraph {

    /** A bound on one load, so a pathological catalogue cannot make one request unbounded. */
    static final int MAX_PATHWAYS = 500;
    private static final Logger LOG = Logger.getLogger(PathwayGraph.class);

    private final PathwayRepository pathways;

    public PathwayGraph(PathwayRepository pathways) {
        this.pathways = pathways;
    }

    /**
     * The roots and every pathway reachable from them: the current published versions, or (for
     * drafts being edited) the newest version of any status.
     */
    public Uni<Map<UUID, Pathway>> load(String tenantId, Set<UUID> roots, boolean publishedOnly) {
        return expand(tenantId, new HashMap<>(), new HashSet<>(roots),
                ids -> publishedOnly ? pathways.currentPublished(tenantId, ids) : pathways.newest(tenantId, ids));
    }

    /** As {@link #load}, with the newest published or retired version of each: what an earner was offered. */
    public Uni<Map<UUID, Pathway>> loadOffered(String tenantId, Set<UUID> roots) {
        return expand(tenantId, new HashMap<>(), new HashSet<>(roots), ids -> pathways.currentOffered(tenantId, ids));
    }

    private Uni<Map<UUID, Pathway>> expand(String tenantId, Map<UUID, Pathway> loaded, Set<UUID> frontier,
            Function<Set<UUID>, Uni<Map<UUID, Pathway>>> versions) {
        frontier.removeAll(loaded.keySet());
        if (frontier.isEmpty() || loaded.size() >= MAX_PATHWAYS) {
            if (!frontier.isEmpty()) {
                LOG.warnf("Pathway graph of tenant %s larger than %d; evaluation stops there", tenantId, MAX_PATHWAYS);
            }
            return Uni.createFrom().item(loaded);
        }
        return versions.apply(frontier).chain(found -> {
            Set<UUID> next = new HashSet<>();
            for (UUID id : frontier) {
                // Unknown ids are remembered as absent, so they are not asked for again.
                Pathway pathway = found.get(id);
                loaded.put(id, pathway);
                if (pathway != null) {
                    next.addAll(PathwayRules.nestedPathways(pathway.rule));
                }
            }
            return expand(tenantId, loaded, next, versions);
        });
    }

    /**
     * The cycle the pathway would make with the loaded graph, named for people
     * ("Data Analyst (id) -> SQL Basics (id) -> Data Analyst (id)"); empty when none.
     */
    public static Optional<String> cycle(Pathway pathway, Map<UUID, Pathway> graph) {
        Optional<List<UUID>> found = PathwayCycles.through(pathway.id, id -> {
            if (id.equals(pathway.id)) {
                return PathwayRules.nestedPathways(pathway.rule);
            }
            Pathway other = graph.get(id);
            return other == null ? Set.of() : PathwayRules.nestedPathways(other.rule);
        });
        return found.map(ids -> ids.stream().map(id -> {
            Pathway p = id.equals(pathway.id) ? pathway : graph.get(id);
            return (p == null ? "?" : p.name) + " (" + id + ")";
        }).collect(Collectors.joining(" -> ")));
    }
}
