package org.microcred.enrolment.pathway;

import java.time.Instant;
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
 * {@code earned}), or, in the pathway an issuer-admin accepted it for, when a credential from elsewhere
 * is recognised as equivalent to it and has not expired by the clock at evaluation (callers pass only
 * accepted recognitions whose credential is VALID); a pathway leaf when the earner completed that
 * pathway before or, unless it is retired (no longer evaluated), its current rule is met now. Plain
 * logic over loaded data.
 */
public final class PathwayEvaluator {

    private final Map<UUID, Pathway> graph;
    private final Map<UUID, EarnedCredentialRow> earned;
    private final Set<UUID> completedBefore;
    private final Map<UUID, Map<UUID, RecognisedComponent>> recognised = new HashMap<>();
    private final Map<UUID, Boolean> memo = new HashMap<>();
    private final Set<UUID> visiting = new HashSet<>();

    /**
     * @param graph           pathways by id (absent or null: unknown, never satisfied)
     * @param earned          the earner's first credential for each micro-credential
     * @param completedBefore pathways the earner completed earlier (any version)
     */
    public PathwayEvaluator(Map<UUID, Pathway> graph, Map<UUID, EarnedCredentialRow> earned, Set<UUID> completedBefore) {
        this(graph, earned, completedBefore, List.of(), Instant.now());
    }

    /**
     * @param recognitions accepted recognitions whose credential is VALID; those expired at {@code now} count for
     *                     nothing
     */
    public PathwayEvaluator(Map<UUID, Pathway> graph, Map<UUID, EarnedCredentialRow> earned, Set<UUID> completedBefore,
            List<RecognisedComponent> recognitions, Instant now) {
        this.graph = graph;
        this.earned = earned;
        this.completedBefore = completedBefore;
        recognitions.stream().filter(r -> r.countsAt(now)).forEach(r -> recognised
                .computeIfAbsent(r.pathwayId(), p -> new LinkedHashMap<>()).putIfAbsent(r.achievementId(), r));
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
        boolean satisfied = PathwayRules.satisfied(pathway.rule, leaf -> held(pathway, leaf));
        visiting.remove(pathwayId);
        memo.put(pathwayId, satisfied);
        return satisfied;
    }

    /** "earned of required" for the pathway's top-level rule. */
    public PathwayRules.Count count(Pathway pathway) {
        return PathwayRules.count(pathway.rule, leaf -> held(pathway, leaf));
    }

    /** Whether a leaf of {@code pathway}'s rule counts: held, recognised there, or a pathway completed. */
    public boolean held(Pathway pathway, PathwayRule leaf) {
        return leaf.achievementId() != null
                ? earned.containsKey(leaf.achievementId()) || recognition(pathway, leaf) != null
                : leaf.pathwayId() != null && complete(leaf.pathwayId());
    }

    /**
     * The recognition that makes a micro-credential leaf of {@code pathway} count, or null: none, or the earner
     * holds the micro-credential itself (their own credential comes first).
     */
    public RecognisedComponent recognition(Pathway pathway, PathwayRule leaf) {
        if (leaf.achievementId() == null || earned.containsKey(leaf.achievementId())) {
            return null;
        }
        return recognised.getOrDefault(pathway.id, Map.of()).get(leaf.achievementId());
    }

    /** The credentials that count toward the pathway, nested pathways' included, each once. */
    public List<PathwayComponent> components(Pathway pathway) {
        Map<UUID, PathwayComponent> byCredential = new LinkedHashMap<>();
        collect(pathway, pathway.rule, byCredential, new HashSet<>(Set.of(pathway.id)));
        return List.copyOf(byCredential.values());
    }

    private void collect(Pathway within, PathwayRule node, Map<UUID, PathwayComponent> into, Set<UUID> seen) {
        if (node.achievementId() != null) {
            EarnedCredentialRow row = earned.get(node.achievementId());
            RecognisedComponent recognition = recognition(within, node);
            if (row != null) {
                into.putIfAbsent(row.credentialId, new PathwayComponent(row.achievementId, row.achievementVersion,
                        row.achievementName, row.credentialId));
            } else if (recognition != null) {
                into.putIfAbsent(recognition.externalCredentialId(), recognition.component());
            }
        } else if (node.pathwayId() != null) {
            Pathway nested = graph.get(node.pathwayId());
            if (nested != null && seen.add(nested.id)) {
                collect(nested, nested.rule, into, seen);
            }
        } else if (node.items() != null) {
            node.items().forEach(item -> collect(within, item, into, seen));
        }
    }
}
