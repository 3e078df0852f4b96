package org.microcred.enrolment.pathway;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.VersionStatus;
import org.microcred.events.enrolment.PathwayComponent;

/**
 * One earner's standing on a graph of pathways: a micro-credential leaf counts when the earner
 * holds a credential for it (any version, not revoked: callers leave revoked ones out of
 * {@code earned}); a pathway leaf when the earner completed that pathway before or, unless it is
 * retired (no longer evaluated), its current rule is met now. Plain logic over loaded data.
 */
public final class PathwayEvaluator {

    private final Map<UUID, Pathway> graph;
    private final Map<UUID, EarnedCredentialRow> earned;
    private final Set<UUID> completedBefore;
    private final Map<UUID, Boolean> memo = new HashMap<>();
    private final Set<UUID> visiting = new HashSet<>();

    /**
     * @param graph           pathways by id (absent or null: unknown, never satisfied)
     * @param earned          the earner's first credential for each micro-credential
     * @param completedBefore pathways the earner completed earlier (any version)
     */
    public PathwayEvaluator(Map<UUID, Pathway> graph, Map<UUID, EarnedCredentialRow> earned, Set<UUID> completedBefore) {
        this.graph = graph;
        this.earned = earned;
        this.completedBefore = completedBefore;
    }

    /** Whether the earner has completed the pathway, before or now. */
    public boolean complete(UUID pathwayId) {
        if (completedBefore.contains(pathwayId)) {
            return true;
        }
        Boolean known = memo.get(pathwayId);
        if (known != null) {
            return known;
        }
        Pathway pathway = graph.get(pathwayId);
        // A cycle (never published, but stored data is not trusted blindly) satisfies nothing.
        if (pathway == null || pathway.status == VersionStatus.RETIRED || !visiting.add(pathwayId)) {
            return false;
        }
        boolean satisfied = PathwayRules.satisfied(pathway.rule, this::held);
        visiting.remove(pathwayId);
        memo.put(pathwayId, satisfied);
        return satisfied;
    }

    /** "earned of required" for the pathway's top-level rule. */
    public PathwayRules.Count count(Pathway pathway) {
        return PathwayRules.count(pathway.rule, this::held);
    }

    public boolean held(PathwayRule leaf) {
        return leaf.achievementId() != null ? earned.containsKey(leaf.achievementId())
                : leaf.pathwayId() != null && complete(leaf.pathwayId());
    }

    /** The credentials that count toward the pathway, nested pathways' included, each once. */
    public List<PathwayComponent> components(Pathway pathway) {
        Map<UUID, PathwayComponent> byCredential = new LinkedHashMap<>();
        collect(pathway.rule, byCredential, new HashSet<>(Set.of(pathway.id)));
        return List.copyOf(byCredential.values());
    }

    private void collect(PathwayRule node, Map<UUID, PathwayComponent> into, Set<UUID> seen) {
        if (node.achievementId() != null) {
            EarnedCredentialRow row = earned.get(node.achievementId());
            if (row != null) {
                into.putIfAbsent(row.credentialId, new PathwayComponent(row.achievementId, row.achievementVersion,
                        row.achievementName, row.credentialId));
            }
        } else if (node.pathwayId() != null) {
            Pathway nested = graph.get(node.pathwayId());
            if (nested != null && seen.add(nested.id)) {
                collect(nested.rule, into, seen);
            }
        } else if (node.items() != null) {
            node.items().forEach(item -> collect(item, into, seen));
        }
    }
}
