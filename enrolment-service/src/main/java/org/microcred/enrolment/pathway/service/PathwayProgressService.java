package org.microcred.enrolment.pathway.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.pathway.EarnedCredential;
import org.microcred.enrolment.pathway.EarnedCredentialRow;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.PathwayCompletion;
import org.microcred.enrolment.pathway.PathwayCredential;
import org.microcred.enrolment.pathway.PathwayEvaluator;
import org.microcred.enrolment.pathway.PathwayProgress;
import org.microcred.enrolment.pathway.repository.EarnedCredentialRepository;
import org.microcred.enrolment.pathway.repository.PathwayCompletionRepository;
import org.microcred.enrolment.pathway.repository.PathwayCredentialRepository;
import org.microcred.enrolment.pathway.repository.PathwayRefRepository;
import org.microcred.events.enrolment.PathwayCompleted;
import org.microcred.support.outbox.Outbox;

/**
 * Earners' progress along pathways. The dashboard's JourneyProjector calls {@link #recordEarned} and
 * {@link #recordPathwayCredential} inside the transaction that handles {@code credential.issued};
 * both are idempotent, so a redelivered event changes nothing. A pathway completes at most once per
 * earner (whatever its version): its {@code enrolment.pathway.completed} goes to the outbox with it.
 */
@ApplicationScoped
public class PathwayProgressService {

    private final PathwayStanding standing;
    private final PathwayRefRepository refs;
    private final PathwayProgressView view;
    private final Outbox outbox;
    private final EarnedCredentialRepository earnedCredentials;
    private final PathwayCredentialRepository pathwayCredentials;
    private final PathwayCompletionRepository completions;

    public PathwayProgressService(PathwayStanding standing, PathwayRefRepository refs, PathwayProgressView view,
            Outbox outbox, EarnedCredentialRepository earnedCredentials, PathwayCredentialRepository pathwayCredentials,
            PathwayCompletionRepository completions) {
        this.standing = standing;
        this.refs = refs;
        this.view = view;
        this.outbox = outbox;
        this.earnedCredentials = earnedCredentials;
        this.pathwayCredentials = pathwayCredentials;
        this.completions = completions;
    }

    /** Records a micro-credential credential once and completes the pathways it now completes. */
    @WithTransaction
    public Uni<Void> recordEarned(EarnedCredential earned) {
        return earnedCredentials.recordOnce(EarnedCredentialRow.of(earned))
                .chain(recorded -> !recorded ? Uni.createFrom().voidItem()
                        : evaluate(earned.tenantId(), earned.earnerId(), Set.of(earned.achievementId())));
    }

    /** Records the stacked credential issued for a completed pathway (shown on the dashboard). */
    @WithTransaction
    public Uni<Void> recordPathwayCredential(String tenantId, String earnerId, UUID pathwayId, UUID credentialId) {
        PathwayCredential row = new PathwayCredential();
        row.credentialId = credentialId;
        row.tenantId = tenantId;
        row.earnerId = earnerId;
        row.pathwayId = pathwayId;
        return pathwayCredentials.recordOnce(row);
    }

    /** The earner's pathways with any progress, for the dashboard ("3 of 5 toward ..."). */
    @WithSession
    public Uni<List<PathwayProgress>> progressFor(String tenantId, String earnerId) {
        return view.progressFor(tenantId, earnerId);
    }

    /**
     * After a credential from elsewhere was accepted as equivalent to the micro-credential (or counts again after a
     * suspension): completes the pathways the earner's holdings now meet. In the caller's transaction.
     */
    public Uni<Void> evaluateRecognised(String tenantId, String earnerId, UUID achievementId) {
        return evaluate(tenantId, earnerId, Set.of(achievementId));
    }

    /**
     * After a pathway is published: completes it (and what it nests) for the earners who already
     * hold what it asks for, so stacking does not depend on the order of publishing and earning.
     */
    Uni<Void> evaluateHolders(Pathway pathway) {
        return standing.holders(pathway).chain(holders -> Multi.createFrom().iterable(holders)
                .onItem().transformToUniAndConcatenate(earner -> evaluate(pathway.tenantId, earner.earnerId(),
                        earner.achievementIds()))
                .collect().asList().replaceWithVoid());
    }

    /** Completes every pathway (containing one of the seeds) that the earner's holdings now meet. */
    private Uni<Void> evaluate(String tenantId, String earnerId, Set<UUID> seeds) {
        return refs.publishedContaining(tenantId, seeds)
                .chain(candidates -> candidates.isEmpty() ? Uni.createFrom().item((PathwayStanding.State) null)
                        : standing.load(tenantId, earnerId, candidates))
                .chain(state -> state == null ? Uni.createFrom().voidItem() : complete(state));
    }

    private Uni<Void> complete(PathwayStanding.State state) {
        PathwayEvaluator evaluator = state.evaluator();
        List<Pathway> newlyComplete = state.graph().values().stream().filter(Objects::nonNull)
                .filter(p -> !state.completed().contains(p.id) && evaluator.complete(p.id))
                .sorted(Comparator.comparing(p -> p.id))
                .toList();
        return Multi.createFrom().iterable(newlyComplete)
                .onItem().transformToUniAndConcatenate(p -> completion(state, evaluator, p))
                .collect().asList().replaceWithVoid();
    }

    private Uni<Void> completion(PathwayStanding.State state, PathwayEvaluator evaluator, Pathway pathway) {
        PathwayCompletion row = new PathwayCompletion();
        row.tenantId = pathway.tenantId;
        row.earnerId = state.earnerId();
        row.pathwayId = pathway.id;
        row.pathwayVersion = pathway.version;
        row.completedAt = Instant.now();
        row.components = evaluator.components(pathway);
        EarnedCredentialRow who = state.latestEarned();
        PathwayCompleted event = new PathwayCompleted(pathway.id, pathway.version, pathway.name, pathway.description,
                pathway.criteriaNarrative, pathway.achievementType, pathway.imageUrl, state.earnerId(),
                who == null ? null : who.earnerEmail, who == null ? null : who.earnerName, row.components,
                row.completedAt);
        return completions.persist(row)
                .chain(() -> outbox.add(pathway.tenantId, pathway.id.toString(),
                        pathway.id + ":" + state.earnerId(), event))
                .replaceWithVoid();
    }

    static Set<UUID> ids(List<EarnedCredentialRow> rows) {
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.achievementId));
        return ids;
    }
}
