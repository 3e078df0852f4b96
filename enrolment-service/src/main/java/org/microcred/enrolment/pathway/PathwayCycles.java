package org.microcred.enrolment.pathway;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Cycles in the graph of pathways (an edge: a pathway's rule names another pathway). */
public final class PathwayCycles {

    private PathwayCycles() {
    }

    /**
     * A cycle through {@code start}, as the path start, ..., start; empty when there is none.
     * {@code edges} gives the pathways a pathway names (empty for an unknown one).
     */
    public static Optional<List<UUID>> through(UUID start, Function<UUID, Set<UUID>> edges) {
        Deque<UUID> path = new ArrayDeque<>();
        path.addLast(start);
        return search(start, start, edges, path, new HashSet<>());
    }

    private static Optional<List<UUID>> search(UUID start, UUID at, Function<UUID, Set<UUID>> edges,
            Deque<UUID> path, Set<UUID> done) {
        for (UUID next : edges.apply(at).stream().sorted().toList()) {
            if (next.equals(start)) {
                List<UUID> cycle = new ArrayList<>(path);
                cycle.add(start);
                return Optional.of(cycle);
            }
            if (done.add(next)) {
                path.addLast(next);
                Optional<List<UUID>> found = search(start, next, edges, path, done);
                if (found.isPresent()) {
                    return found;
                }
                path.removeLast();
            }
        }
        return Optional.empty();
    }
}
