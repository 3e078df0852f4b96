package org.microcred.enrolment.pathway.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.microcred.enrolment.CredentialStatus;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.PathwayEvaluator;
import org.microcred.enrolment.pathway.PathwayProgress;
import org.microcred.enrolment.pathway.PathwayProgressItem;
import org.microcred.enrolment.pathway.PathwayRule;
import org.microcred.enrolment.pathway.PathwayRules;
import org.microcred.enrolment.pathway.repository.PathwayCredentialRepository;
import org.microcred.enrolment.pathway.repository.PathwayRefRepository;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.enrolment.repository.CredentialStatusRepository;

/**
 * The dashboard's pathway progress: every published or retired pathway toward which the earner
 * holds something that counts (a retired one stays visible, marked RETIRED, never completed
 * anew), every pathway with an accepted recognition of a credential from elsewhere (an item it makes count
 * names it), and every pathway the earner completed.
 */
@ApplicationScoped
public class PathwayProgressView {

    static final int MAX_SHOWN = 50;
    private static final Set<VersionStatus> OFFERED = Set.of(VersionStatus.PUBLISHED,
            VersionStatus.RETIRED);

    private final PathwayStanding standing;
    private final PathwayRefRepository refs;
    private final AchievementRepository achievements;
    private final CredentialStatusRepository credentialStatuses;
    private final PathwayCredentialRepository pathwayCredentials;

    public PathwayProgressView(PathwayStanding standing, PathwayRefRepository refs, AchievementRepository achievements,
            CredentialStatusRepository credentialStatuses, PathwayCredentialRepository pathwayCredentials) {
        this.standing = standing;
        this.refs = refs;
        this.achievements = achievements;
        this.credentialStatuses = credentialStatuses;
        this.pathwayCredentials = pathwayCredentials;
    }

    public Uni<List<PathwayProgress>> progressFor(String tenantId, String earnerId) {
        return standing.earned(tenantId, earnerId).chain(rows -> standing.completed(tenantId, earnerId)
                .chain(done -> standing.recognised(tenantId, earnerId).chain(recognised -> refs.offeredContaining(
                        tenantId, PathwayProgressService.ids(rows)).chain(containing -> {
                    Set<UUID> shown = new HashSet<>(containing);
                    shown.addAll(done);
                    recognised.forEach(r -> shown.add(r.pathwayId()));
                    if (shown.isEmpty()) {
                        return Uni.createFrom().item(List.<PathwayProgress>of());
                    }
                    return standing.load(tenantId, earnerId, shown, rows, done, recognised, true)
                            .chain(state -> names(tenantId, state).chain(names -> pathwayCredentials.byPathway(tenantId, earnerId)
                                    .chain(credentials -> credentialStatuses.of(tenantId, credentials.values())
                                            .map(statuses -> build(state, shown, names, credentials, statuses)))));
                }))));
    }

    private static List<PathwayProgress> build(PathwayStanding.State state, Set<UUID> shown, Map<UUID, String> names,
            Map<UUID, UUID> credentials, Map<UUID, CredentialStatus.Status> statuses) {
        PathwayEvaluator evaluator = state.evaluator();
        return shown.stream().map(state.graph()::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing((Pathway p) -> p.name).thenComparing(p -> p.id))
                .limit(MAX_SHOWN)
                .map(p -> {
                    PathwayRules.Count count = evaluator.count(p);
                    List<PathwayProgressItem> items = new ArrayList<>();
                    for (PathwayRule item : p.rule.items()) {
                        items.add(item(p, item, evaluator, state, names));
                    }
                    UUID credential = credentials.get(p.id);
                    String credentialStatus = credential == null ? null
                            : statuses.getOrDefault(credential, CredentialStatus.Status.ACTIVE).name();
                    return new PathwayProgress(p.id, p.version, p.name, p.status.name(), count.earned(),
                            count.required(), evaluator.complete(p.id), credential, credentialStatus, items);
                }).toList();
    }

    private static PathwayProgressItem item(Pathway pathway, PathwayRule item, PathwayEvaluator evaluator,
            PathwayStanding.State state, Map<UUID, String> names) {
        if (item.achievementId() != null) {
            return new PathwayProgressItem("achievement", item.achievementId(),
                    names.getOrDefault(item.achievementId(), "Micro-credential " + item.achievementId()),
                    evaluator.held(pathway, item),
                    PathwayProgressItem.Recognised.of(evaluator.recognition(pathway, item)));
        }
        if (item.pathwayId() != null) {
            Pathway nested = state.graph().get(item.pathwayId());
            return new PathwayProgressItem("pathway", item.pathwayId(),
                    nested == null ? "Pathway " + item.pathwayId() : nested.name, evaluator.held(pathway, item));
        }
        String name = PathwayRule.AT_LEAST.equals(item.kind())
                ? "At least " + item.min() + " of " + item.items().size() : "All of " + item.items().size();
        return new PathwayProgressItem("rule", null, name,
                PathwayRules.satisfied(item, leaf -> evaluator.held(pathway, leaf)));
    }

    /** Names of the micro-credentials the shown pathways name: the newest offered version's. */
    private Uni<Map<UUID, String>> names(String tenantId, PathwayStanding.State state) {
        Set<UUID> ids = new HashSet<>();
        state.graph().values().stream().filter(Objects::nonNull)
                .forEach(p -> ids.addAll(PathwayRules.achievements(p.rule)));
        return achievements.newestIn(tenantId, ids, OFFERED).map(found -> {
            Map<UUID, String> names = new HashMap<>();
            state.earned().forEach((id, row) -> names.put(id, row.achievementName));
            found.forEach((id, a) -> names.put(id, a.name));
            return names;
        });
    }
}
