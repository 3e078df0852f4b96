package org.microcred.enrolment.pathway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.microcred.support.problem.Problem.FieldError;

/**
 * The rules of a pathway's rule tree, apart from the database: its shape and limits, the leaves
 * it names, and how far an earner's holdings go toward it.
 */
public final class PathwayRules {

    /** Nesting depth of one rule tree (the root group is depth 1). */
    public static final int MAX_DEPTH = 5;
    /** Nodes (groups and leaves) in one rule tree. */
    public static final int MAX_NODES = 50;

    /** A leaf of the tree and where it stands in the request ("rule.items[1].achievementId"). */
    public record Leaf(String field, String kind, UUID id) {
    }

    /** Satisfied items of a group counted the way the rule counts them: at most {@code required}. */
    public record Count(int earned, int required, boolean satisfied) {
    }

    private PathwayRules() {
    }

    /** Shape problems, each naming its field; empty when the tree is sound. */
    public static List<FieldError> check(PathwayRule root) {
        List<FieldError> errors = new ArrayList<>();
        if (root == null || !root.isGroup()) {
            errors.add(new FieldError("rule", "must be a group: {\"kind\": \"allOf\"|\"atLeast\", \"items\": [...]}"));
            return errors;
        }
        int nodes = check(root, "rule", 1, errors);
        if (nodes > MAX_NODES) {
            errors.add(new FieldError("rule", "at most " + MAX_NODES + " items in all (has " + nodes + ")"));
        }
        return errors;
    }

    private static int check(PathwayRule node, String at, int depth, List<FieldError> errors) {
        int set = (node.isGroup() ? 1 : 0) + (node.achievementId() != null ? 1 : 0) + (node.pathwayId() != null ? 1 : 0);
        if (set != 1) {
            errors.add(new FieldError(at, "must be exactly one of: a group (kind), an achievementId, a pathwayId"));
            return 1;
        }
        if (!node.isGroup()) {
            return 1;
        }
        if (depth > MAX_DEPTH) {
            errors.add(new FieldError(at, "nested deeper than " + MAX_DEPTH + " levels"));
            return 1;
        }
        List<PathwayRule> items = node.items() == null ? List.of() : node.items();
        if (!PathwayRule.ALL_OF.equals(node.kind()) && !PathwayRule.AT_LEAST.equals(node.kind())) {
            errors.add(new FieldError(at + ".kind", "allOf or atLeast"));
        }
        if (items.isEmpty()) {
            errors.add(new FieldError(at + ".items", "at least one item"));
        }
        if (PathwayRule.AT_LEAST.equals(node.kind())
                && (node.min() == null || node.min() < 1 || node.min() > items.size())) {
            errors.add(new FieldError(at + ".min", "required for atLeast: 1 to the number of items (" + items.size() + ")"));
        } else if (PathwayRule.ALL_OF.equals(node.kind()) && node.min() != null) {
            errors.add(new FieldError(at + ".min", "only for atLeast"));
        }
        Set<UUID> seen = new HashSet<>();
        int nodes = 1;
        for (int i = 0; i < items.size(); i++) {
            PathwayRule item = items.get(i);
            String itemAt = at + ".items[" + i + "]";
            if (item == null) {
                errors.add(new FieldError(itemAt, "must not be null"));
                continue;
            }
            UUID leaf = item.achievementId() != null ? item.achievementId() : item.pathwayId();
            if (!item.isGroup() && leaf != null && !seen.add(leaf)) {
                errors.add(new FieldError(itemAt, "names " + leaf + " twice in the same group"));
            }
            nodes += check(item, itemAt, depth + 1, errors);
        }
        return nodes;
    }

    /** Every leaf, depth first, with its field path. */
    public static List<Leaf> leaves(PathwayRule root) {
        List<Leaf> leaves = new ArrayList<>();
        collect(root, "rule", leaves);
        return leaves;
    }

    private static void collect(PathwayRule node, String at, List<Leaf> leaves) {
        if (node == null) {
            return;
        }
        if (node.achievementId() != null) {
            leaves.add(new Leaf(at + ".achievementId", PathwayRef.ACHIEVEMENT, node.achievementId()));
        } else if (node.pathwayId() != null) {
            leaves.add(new Leaf(at + ".pathwayId", PathwayRef.PATHWAY, node.pathwayId()));
        } else if (node.items() != null) {
            for (int i = 0; i < node.items().size(); i++) {
                collect(node.items().get(i), at + ".items[" + i + "]", leaves);
            }
        }
    }

    /** The pathways the tree names (its edges in the graph of pathways), in a new set. */
    public static Set<UUID> nestedPathways(PathwayRule root) {
        Set<UUID> ids = new HashSet<>();
        leaves(root).stream().filter(l -> PathwayRef.PATHWAY.equals(l.kind())).forEach(l -> ids.add(l.id()));
        return ids;
    }

    /** The micro-credentials the tree names, in a new set in the order of its leaves. */
    public static Set<UUID> achievements(PathwayRule root) {
        Set<UUID> ids = new LinkedHashSet<>();
        leaves(root).stream().filter(l -> PathwayRef.ACHIEVEMENT.equals(l.kind())).forEach(l -> ids.add(l.id()));
        return ids;
    }

    /** How far the holdings go: a leaf counts when {@code held} says so; a group when its rule is met. */
    public static Count count(PathwayRule group, Predicate<PathwayRule> held) {
        int satisfied = 0;
        for (PathwayRule item : group.items()) {
            if (satisfied(item, held)) {
                satisfied++;
            }
        }
        int required = group.required();
        return new Count(Math.min(satisfied, required), required, satisfied >= required);
    }

    public static boolean satisfied(PathwayRule node, Predicate<PathwayRule> held) {
        return node.isGroup() ? count(node, held).satisfied() : held.test(node);
    }
}
