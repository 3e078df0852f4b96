package org.microcred.enrolment.pathway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.PathwayRef;
import org.microcred.enrolment.pathway.PathwayRules;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.support.problem.Problem.FieldError;
import org.microcred.support.problem.ProblemException;

/** What a pathway's rule names: its shape, that each name is the tenant's, and that no cycle forms. */
@ApplicationScoped
public class PathwayReferences {

    private static final Set<VersionStatus> ANY = Set.of(VersionStatus.values());
    private static final Set<VersionStatus> PUBLISHED = Set.of(VersionStatus.PUBLISHED);

    private final AchievementRepository achievements;
    private final PathwayGraph graph;

    public PathwayReferences(AchievementRepository achievements, PathwayGraph graph) {
        this.achievements = achievements;
        this.graph = graph;
    }

    /**
     * Fails with 400 for a malformed tree, 422 naming each leaf that is not this tenant's (not
     * published, when {@code publishing}), and 422 naming the cycle the pathway would close.
     */
    public Uni<Void> check(Pathway pathway, boolean publishing) {
        List<FieldError> shape = PathwayRules.check(pathway.rule);
        if (!shape.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid("The pathway rule is malformed", shape));
        }
        List<PathwayRules.Leaf> leaves = PathwayRules.leaves(pathway.rule);
        Set<UUID> achievementIds = PathwayRules.achievements(pathway.rule);
        Set<UUID> pathwayIds = PathwayRules.nestedPathways(pathway.rule);
        pathwayIds.remove(pathway.id);
        return achievements.newestIn(pathway.tenantId, achievementIds, publishing ? PUBLISHED : ANY)
                .chain(found -> graph.load(pathway.tenantId, pathwayIds, publishing).map(loaded -> {
                    List<FieldError> unknown = new ArrayList<>();
                    for (PathwayRules.Leaf leaf : leaves) {
                        boolean achievement = PathwayRef.ACHIEVEMENT.equals(leaf.kind());
                        boolean known = achievement ? found.containsKey(leaf.id())
                                : leaf.id().equals(pathway.id) || loaded.get(leaf.id()) != null;
                        if (!known) {
                            unknown.add(new FieldError(leaf.field(), (achievement ? "micro-credential " : "pathway ")
                                    + leaf.id() + (publishing ? " is not published in this institution"
                                            : " does not exist in this institution")));
                        }
                    }
                    if (!unknown.isEmpty()) {
                        throw new ProblemException(422, "unknown-reference", "Unknown reference",
                                "The rule names what this institution does not " + (publishing ? "publish" : "have"),
                                unknown);
                    }
                    Optional<String> cycle = PathwayGraph.cycle(pathway, loaded);
                    if (cycle.isPresent()) {
                        throw new ProblemException(422, "pathway-cycle", "Pathway cycle",
                                "Pathway " + pathway.id + " would contain itself: " + cycle.get(),
                                List.of(new FieldError("rule", "cycle: " + cycle.get())));
                    }
                    return null;
                }))
                .replaceWithVoid();
    }

    /** Every micro-credential the pathway asks for, at any depth of nested pathways. */
    public Uni<List<UUID>> achievementsWithin(Pathway root, boolean publishedOnly) {
        Set<UUID> nested = PathwayRules.nestedPathways(root.rule);
        return graph.load(root.tenantId, nested, publishedOnly).map(loaded -> {
            Set<UUID> ids = PathwayRules.achievements(root.rule);
            loaded.values().stream().filter(p -> p != null).forEach(p -> ids.addAll(PathwayRules.achievements(p.rule)));
            return List.copyOf(ids);
        });
    }
}
