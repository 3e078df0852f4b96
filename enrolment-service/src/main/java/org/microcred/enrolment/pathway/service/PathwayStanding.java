package org.microcred.enrolment.pathway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.pathway.EarnedCredentialRow;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.PathwayEvaluator;
import org.microcred.enrolment.pathway.RecognisedComponent;
import org.microcred.enrolment.pathway.repository.EarnedCredentialRepository;
import org.microcred.enrolment.pathway.repository.PathwayCompletionRepository;
import org.microcred.enrolment.recognition.Recognition;
import org.microcred.enrolment.recognition.repository.RecognitionRepository;

/**
 * Loads what an earner holds (their credentials, and credentials from elsewhere recognised as equivalent to a
 * pathway's micro-credential) and has completed, and the pathways to judge it against.
 */
@ApplicationScoped
public class PathwayStanding {

    /** Earners judged when a pathway is published; more wait for their next credential. */
    static final int MAX_HOLDER_ROWS = 10_000;

    /** An earner's holdings against a graph of pathways. */
    public record State(String earnerId, Map<UUID, Pathway> graph, Map<UUID, EarnedCredentialRow> earned,
            Set<UUID> completed, EarnedCredentialRow latestEarned, List<RecognisedComponent> recognitions) {

        /** Judged now: a recognised credential expired by the clock counts for nothing. */
        public PathwayEvaluator evaluator() {
            return new PathwayEvaluator(graph, earned, completed, recognitions, Instant.now());
        }
    }

    /** An earner holding some of a pathway's micro-credentials. */
    public record Holder(String earnerId, Set<UUID> achievementIds) {
    }

    private final PathwayGraph graph;
    private final PathwayReferences references;
    private final EarnedCredentialRepository earnedCredentials;
    private final PathwayCompletionRepository completions;
    private final RecognitionRepository recognitions;

    public PathwayStanding(PathwayGraph graph, PathwayReferences references,
            EarnedCredentialRepository earnedCredentials, PathwayCompletionRepository completions,
            RecognitionRepository recognitions) {
        this.graph = graph;
        this.references = references;
        this.earnedCredentials = earnedCredentials;
        this.completions = completions;
        this.recognitions = recognitions;
    }

    /** Against the current published versions: what completion is judged on. */
    public Uni<State> load(String tenantId, String earnerId, Set<UUID> pathwayIds) {
        return earned(tenantId, earnerId).chain(rows -> completed(tenantId, earnerId)
                .chain(done -> recognised(tenantId, earnerId)
                        .chain(recognised -> load(tenantId, earnerId, pathwayIds, rows, done, recognised, false))));
    }

    /**
     * With the earner's {@link #earned} rows and {@link #completed} pathways already loaded. With
     * {@code offered}, retired pathways are loaded too (their newest published or retired version),
     * for showing; the evaluator never completes a retired one.
     */
    Uni<State> load(String tenantId, String earnerId, Set<UUID> pathwayIds, List<EarnedCredentialRow> rows,
            Set<UUID> done, List<RecognisedComponent> recognised, boolean offered) {
        return (offered ? graph.loadOffered(tenantId, pathwayIds) : graph.load(tenantId, pathwayIds, true))
                .map(loaded -> state(earnerId, loaded, rows, done, recognised));
    }

    static State state(String earnerId, Map<UUID, Pathway> loaded, List<EarnedCredentialRow> rows, Set<UUID> done,
            List<RecognisedComponent> recognised) {
        Map<UUID, EarnedCredentialRow> first = new LinkedHashMap<>();
        rows.forEach(r -> first.putIfAbsent(r.achievementId, r));
        EarnedCredentialRow latest = rows.stream().filter(r -> r.earnerEmail != null || r.earnerName != null)
                .max(Comparator.comparing(r -> r.issuedAt)).orElse(rows.isEmpty() ? null : rows.get(rows.size() - 1));
        return new State(earnerId, loaded, first, done, latest, recognised);
    }

    /** The earner's accepted recognitions whose credential is VALID (expiry by the clock is the evaluator's). */
    public Uni<List<RecognisedComponent>> recognised(String tenantId, String earnerId) {
        return recognitions.accepted(tenantId, earnerId)
                .map(rows -> rows.stream().map(PathwayStanding::recognised).toList());
    }

    private static RecognisedComponent recognised(Recognition r) {
        return new RecognisedComponent(r.id, r.pathwayId, r.componentAchievementId,
                r.componentVersion == null ? 1 : r.componentVersion, r.componentName, r.externalCredentialId,
                r.issuerId, r.issuerName, r.externalAchievementId, r.externalAchievementName, r.validUntil);
    }

    /** The earner's micro-credential credentials that count (not revoked), oldest first. */
    public Uni<List<EarnedCredentialRow>> earned(String tenantId, String earnerId) {
        return earnedCredentials.counting(tenantId, earnerId);
    }

    /** The pathways the earner completed (any version). */
    public Uni<Set<UUID>> completed(String tenantId, String earnerId) {
        return completions.completedBy(tenantId, earnerId);
    }

    /** The earners who hold any micro-credential the pathway asks for, at any depth. */
    public Uni<List<Holder>> holders(Pathway pathway) {
        return references.achievementsWithin(pathway, true).chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.of())
                : earnedCredentials.countingFor(pathway.tenantId, ids, MAX_HOLDER_ROWS)
                        .map(rows -> {
                            Map<String, Set<UUID>> byEarner = new LinkedHashMap<>();
                            rows.forEach(r -> byEarner.computeIfAbsent(r.earnerId, e -> new HashSet<>())
                                    .add(r.achievementId));
                            return byEarner.entrySet().stream().map(e -> new Holder(e.getKey(), e.getValue())).toList();
                        }));
    }
}
