package org.microcred.enrolment.pathway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microcred.enrolment.pathway.service.PathwayGraph;
import org.microcred.support.problem.Problem.FieldError;

/** Pathway rules apart from the database: shape, counting, nesting, cycles. */
class PathwayRulesTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final UUID D = UUID.randomUUID();

    private static List<String> fields(PathwayRule rule) {
        return PathwayRules.check(rule).stream().map(FieldError::field).toList();
    }

    @Test
    void soundRulesHaveNoProblems() {
        PathwayRule rule = PathwayRule.allOf(List.of(PathwayRule.achievement(A),
                PathwayRule.atLeast(1, List.of(PathwayRule.achievement(B), PathwayRule.pathway(C)))));
        assertTrue(PathwayRules.check(rule).isEmpty());
    }

    @Test
    void shapeProblemsAreNamedWhereTheyStand() {
        assertEquals(List.of("rule"), fields(PathwayRule.achievement(A)));
        PathwayRule rule = PathwayRule.allOf(List.of(
                new PathwayRule(null, null, null, A, B),
                PathwayRule.atLeast(3, List.of(PathwayRule.achievement(B), PathwayRule.achievement(C))),
                new PathwayRule("allOf", 2, List.of(PathwayRule.achievement(D)), null, null),
                new PathwayRule("anyOf", null, List.of(), null, null),
                PathwayRule.achievement(D), PathwayRule.achievement(D)));
        assertEquals(List.of("rule.items[0]", "rule.items[1].min", "rule.items[2].min", "rule.items[3].kind",
                "rule.items[3].items", "rule.items[5]"), fields(rule));
    }

    @Test
    void depthAndSizeAreLimited() {
        PathwayRule deep = PathwayRule.achievement(A);
        for (int i = 0; i < PathwayRules.MAX_DEPTH; i++) {
            deep = PathwayRule.allOf(List.of(deep));
        }
        assertTrue(PathwayRules.check(deep).isEmpty());
        assertEquals(List.of("rule.items[0].items[0].items[0].items[0].items[0]"),
                fields(PathwayRule.allOf(List.of(deep))));

        List<PathwayRule> many = new ArrayList<>();
        for (int i = 0; i < PathwayRules.MAX_NODES; i++) {
            many.add(PathwayRule.achievement(UUID.randomUUID()));
        }
        assertEquals(List.of("rule"), fields(PathwayRule.allOf(many)));
    }

    @Test
    void allOfCountsEveryItemAtLeastCountsN() {
        PathwayRule allOf = PathwayRule.allOf(List.of(PathwayRule.achievement(A), PathwayRule.achievement(B),
                PathwayRule.achievement(C)));
        assertEquals(new PathwayRules.Count(2, 3, false), PathwayRules.count(allOf, held(A, B)));
        assertEquals(new PathwayRules.Count(3, 3, true), PathwayRules.count(allOf, held(A, B, C)));

        PathwayRule atLeast = PathwayRule.atLeast(2, allOf.items());
        assertEquals(new PathwayRules.Count(1, 2, false), PathwayRules.count(atLeast, held(C)));
        // Earned is capped at what is required: 3 held of "at least 2" is "2 of 2".
        assertEquals(new PathwayRules.Count(2, 2, true), PathwayRules.count(atLeast, held(A, B, C)));
    }

    @Test
    void nestedGroupsAndPathwaysCountAsOneItemEach() {
        UUID nestedId = UUID.randomUUID();
        Pathway nested = pathway(nestedId, PathwayRule.allOf(List.of(PathwayRule.achievement(C),
                PathwayRule.achievement(D))));
        UUID outerId = UUID.randomUUID();
        Pathway outer = pathway(outerId, PathwayRule.allOf(List.of(PathwayRule.achievement(A),
                PathwayRule.atLeast(1, List.of(PathwayRule.achievement(B), PathwayRule.achievement(D))),
                PathwayRule.pathway(nestedId))));
        Map<UUID, Pathway> graph = Map.of(nestedId, nested, outerId, outer);

        PathwayEvaluator some = new PathwayEvaluator(graph, earned(A, D), Set.of());
        assertEquals(new PathwayRules.Count(2, 3, false), some.count(outer));
        assertFalse(some.complete(outerId));

        PathwayEvaluator all = new PathwayEvaluator(graph, earned(A, C, D), Set.of());
        assertTrue(all.complete(nestedId));
        assertTrue(all.complete(outerId));
        assertEquals(3, all.components(outer).size());

        // A pathway completed before counts even if its rule is no longer met by what is loaded.
        PathwayEvaluator before = new PathwayEvaluator(graph, earned(A, D), Set.of(nestedId));
        assertTrue(before.complete(outerId));
    }

    @Test
    void aRecognitionCountsInItsPathwayOnlyAndNotOnceExpiredByTheClock() {
        UUID recognisedIn = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Pathway p = pathway(recognisedIn, PathwayRule.allOf(List.of(PathwayRule.achievement(A),
                PathwayRule.achievement(B))));
        Pathway q = pathway(other, PathwayRule.allOf(List.of(PathwayRule.achievement(B))));
        Map<UUID, Pathway> graph = Map.of(recognisedIn, p, other, q);
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        UUID external = UUID.randomUUID();
        RecognisedComponent b = new RecognisedComponent(UUID.randomUUID(), recognisedIn, B, 3, "MC B", external,
                "did:key:z6Mk", "Eastbrook College", "https://eastbrook.example/a/1", "Data Literacy",
                now.plusSeconds(1));

        PathwayEvaluator valid = new PathwayEvaluator(graph, earned(A), Set.of(), List.of(b), now);
        assertTrue(valid.complete(recognisedIn));
        assertFalse(valid.complete(other), "recognised for one pathway, not for every pathway naming B");
        var components = valid.components(p);
        assertEquals(2, components.size());
        var recognised = components.stream().filter(c -> c.externalCredentialId() != null).findFirst().orElseThrow();
        assertEquals(B, recognised.achievementId());
        assertEquals(3, recognised.achievementVersion());
        assertEquals("Eastbrook College", recognised.issuerName());
        assertEquals("Data Literacy", recognised.externalAchievementName());
        assertEquals(null, recognised.credentialId());
        assertEquals(b, valid.recognition(p, PathwayRule.achievement(B)));

        PathwayEvaluator expired = new PathwayEvaluator(graph, earned(A), Set.of(), List.of(b), now.plusSeconds(1));
        assertFalse(expired.complete(recognisedIn), "expired at the moment of evaluation");
        assertEquals(new PathwayRules.Count(1, 2, false), expired.count(p));

        // The earner's own credential comes first: the component is theirs, not the recognition.
        PathwayEvaluator own = new PathwayEvaluator(graph, earned(A, B), Set.of(), List.of(b), now);
        assertEquals(null, own.recognition(p, PathwayRule.achievement(B)));
        assertTrue(own.components(p).stream().allMatch(c -> c.externalCredentialId() == null));
    }

    @Test
    void cyclesAreFoundAndNamedInOrder() {
        Map<UUID, Set<UUID>> edges = Map.of(A, Set.of(B), B, Set.of(C), C, Set.of(A, D), D, Set.of());
        assertEquals(Optional.of(List.of(A, B, C, A)), PathwayCycles.through(A, id -> edges.getOrDefault(id, Set.of())));
        assertEquals(Optional.empty(), PathwayCycles.through(D, id -> edges.getOrDefault(id, Set.of())));
        assertEquals(Optional.of(List.of(A, A)), PathwayCycles.through(A, id -> Set.of(A)));
    }

    @Test
    void theCycleIsNamedWithPathwayNames() {
        Pathway a = pathway(A, PathwayRule.allOf(List.of(PathwayRule.pathway(B))));
        a.name = "Analyst";
        Pathway b = pathway(B, PathwayRule.allOf(List.of(PathwayRule.pathway(A))));
        b.name = "Basics";
        assertEquals(Optional.of("Analyst (" + A + ") -> Basics (" + B + ") -> Analyst (" + A + ")"),
                PathwayGraph.cycle(a, Map.of(B, b)));
    }

    private static java.util.function.Predicate<PathwayRule> held(UUID... ids) {
        Set<UUID> set = Set.of(ids);
        return leaf -> set.contains(leaf.achievementId());
    }

    private static Map<UUID, EarnedCredentialRow> earned(UUID... ids) {
        Map<UUID, EarnedCredentialRow> rows = new HashMap<>();
        for (UUID id : ids) {
            rows.put(id, EarnedCredentialRow.of(new EarnedCredential("t", "e", null, null, id, 1, "MC " + id,
                    UUID.randomUUID(), Instant.now())));
        }
        return rows;
    }

    private static Pathway pathway(UUID id, PathwayRule rule) {
        Pathway p = new Pathway();
        p.id = id;
        p.version = 1;
        p.name = "P " + id;
        p.rule = rule;
        return p;
    }
}
