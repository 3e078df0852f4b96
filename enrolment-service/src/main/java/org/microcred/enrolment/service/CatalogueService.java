package org.microcred.enrolment.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.RubricRules;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.events.catalogue.AchievementPublished;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.problem.ProblemException;

/** The catalogue of micro-credentials: issuer-admins define and publish, earners browse. */
@ApplicationScoped
public class CatalogueService {

    private final AchievementRepository achievements;
    private final Outbox outbox;

    public CatalogueService(AchievementRepository achievements, Outbox outbox) {
        this.achievements = achievements;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<Achievement> createDraft(Achievement draft, String tenantId, String adminId) {
        var errors = RubricRules.check(draft.evidencePrompts, draft.rubric);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid("The definition is inconsistent", errors));
        }
        draft.id = UUID.randomUUID();
        draft.tenantId = tenantId;
        draft.version = 1;
        draft.status = Achievement.Status.DRAFT;
        draft.createdBy = adminId;
        draft.createdAt = Instant.now();
        return achievements.persist(draft);
    }

    /** Publishes a draft; the catalogue event is committed with it. Publishing twice changes nothing. */
    @WithTransaction
    public Uni<Achievement> publish(String tenantId, UUID id) {
        return find(tenantId, id).chain(achievement -> {
            if (achievement.isPublished()) {
                return Uni.createFrom().item(achievement);
            }
            achievement.status = Achievement.Status.PUBLISHED;
            achievement.publishedAt = Instant.now();
            // Keyed by id and version: the compacted topic keeps every published version's state.
            String key = id + ":" + achievement.version;
            return outbox.add(tenantId, id.toString(), key, toEvent(achievement)).replaceWith(achievement);
        });
    }

    @WithSession
    public Uni<Achievement> get(String tenantId, UUID id, boolean includeDrafts) {
        return find(tenantId, id).invoke(achievement -> {
            if (!includeDrafts && !achievement.isPublished()) {
                throw ProblemException.notFound("Micro-credential", id);
            }
        });
    }

    @WithSession
    public Uni<List<Achievement>> list(String tenantId, boolean includeDrafts, int limit) {
        return achievements.listInTenant(tenantId, includeDrafts, limit);
    }

    private Uni<Achievement> find(String tenantId, UUID id) {
        return achievements.findInTenant(tenantId, id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Micro-credential", id));
    }

    private static AchievementPublished toEvent(Achievement a) {
        return new AchievementPublished(a.id, a.version, a.name, a.description, a.competencyStatement,
                a.criteriaNarrative, a.achievementType, a.evidencePrompts, a.rubric, a.publishedAt,
                a.alignments, a.creditsAvailable, a.fieldOfStudy, a.humanCode, a.tags, a.imageUrl, a.inLanguage,
                a.level, a.sizeHours, a.validityDays);
    }
}
