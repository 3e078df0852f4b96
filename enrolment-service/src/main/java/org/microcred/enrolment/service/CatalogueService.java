package org.microcred.enrolment.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Achievement;
import org.microcred.enrolment.AchievementContent;
import org.microcred.enrolment.DefinitionRules;
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.governance.Actor;
import org.microcred.enrolment.governance.service.CatalogueAudit;
import org.microcred.enrolment.governance.service.ReviewTransitions;
import org.microcred.enrolment.governance.service.ReviewedDefinitions;
import org.microcred.enrolment.image.ImageStore;
import org.microcred.enrolment.repository.AchievementRepository;
import org.microcred.events.catalogue.Rubric;
import org.microcred.support.audit.AuditState;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.persistence.UniqueViolation;
import org.microcred.support.problem.ProblemException;

/**
 * The catalogue of micro-credentials and its lifecycle ({@link VersionLifecycle}, shared with pathways):
 * a draft is edited, published (then never changed), superseded by a newer published version, or
 * retired. Issuer-admins work on the newest version of any status; everyone else sees the newest
 * published one. Publishing also checks the definition rules once more, gives a version without an image a
 * generated one (ImageStore), and puts the catalogue event in the outbox. Where the tenant requires approval
 * (VersionReviews), a draft is published only through review: submitted, then approved by a release-manager.
 */
@ApplicationScoped
public class CatalogueService {

    private static final String WHAT = "Micro-credential";
    private static final VersionLifecycle LIFECYCLE = VersionLifecycle.ACHIEVEMENTS;

    private final AchievementRepository achievements;
    private final Outbox outbox;
    private final ImageStore images;
    private final ReviewTransitions transitions;
    private final CatalogueAudit audit;
    private final ReviewedDefinitions<Achievement> definitions = new Definitions();

    public CatalogueService(AchievementRepository achievements, Outbox outbox, ImageStore images,
            ReviewTransitions transitions, CatalogueAudit audit) {
        this.achievements = achievements;
        this.outbox = outbox;
        this.images = images;
        this.transitions = transitions;
        this.audit = audit;
    }

    /**
     * Stores a new micro-credential as its first draft. Its definition rules were checked with the
     * request (AchievementDefinitionCheck), as were those of {@link #updateDraft}'s content.
     */
    @WithTransaction
    public Uni<Achievement> createDraft(Achievement draft, String tenantId, String adminId) {
        draft.id = UUID.randomUUID();
        draft.version = 1;
        LIFECYCLE.startDraft(draft, tenantId, adminId, Instant.now());
        normalise(draft);
        return achievements.persist(draft)
                .call(created -> audit.draftCreated(LIFECYCLE, created, content(created)));
    }

    /** Replaces the content of the draft version; a published or retired newest version is a 409. */
    @WithTransaction
    public Uni<Achievement> updateDraft(String tenantId, UUID id, Achievement content) {
        return newestForUpdate(tenantId, id).chain(newest -> {
            LIFECYCLE.requireDraft(id, newest);
            ObjectNode before = CatalogueAudit.summary(newest).setAll(content(newest));
            AchievementContent.copy(content, newest);
            normalise(newest);
            newest.updatedAt = Instant.now();
            return audit.draftChanged(LIFECYCLE, newest, before, content(newest)).replaceWith(newest);
        });
    }

    /** Publishes the draft at once where the tenant does not require approval (ReviewTransitions#publish). */
    @WithTransaction
    public Uni<Achievement> publish(String tenantId, UUID id, Actor actor) {
        return transitions.publish(definitions, tenantId, id, actor);
    }

    /** Submits the draft for review, its rules checked as for publication; submitting again changes nothing. */
    @WithTransaction
    public Uni<Achievement> submit(String tenantId, UUID id, Actor actor, String comment) {
        return transitions.submit(definitions, tenantId, id, actor, comment);
    }

    /** Takes the version in review back to an editable draft; again: unchanged. */
    @WithTransaction
    public Uni<Achievement> withdraw(String tenantId, UUID id, Actor actor) {
        return transitions.withdraw(definitions, tenantId, id, actor);
    }

    /** A release-manager other than its author publishes the version in review (the submission they answer). */
    @WithTransaction
    public Uni<Achievement> approve(String tenantId, UUID id, Actor actor, String comment, Instant submission) {
        return transitions.approve(definitions, tenantId, id, actor, comment, submission);
    }

    /** A release-manager sends the version in review back to its authors as an editable draft, with a comment. */
    @WithTransaction
    public Uni<Achievement> reject(String tenantId, UUID id, Actor actor, String comment, Instant submission) {
        return transitions.reject(definitions, tenantId, id, actor, comment, submission);
    }

    /**
     * Starts the next version as a draft copied from the newest published (or retired) one. One draft
     * at a time: when the newest version is a draft already, the 409 says which to edit.
     */
    @WithTransaction
    public Uni<Achievement> newVersion(String tenantId, UUID id, String adminId) {
        return newestForUpdate(tenantId, id).chain(newest -> {
            LIFECYCLE.requireNoDraft(id, newest);
            Achievement next = new Achievement();
            AchievementContent.copy(newest, next);
            next.id = id;
            next.version = newest.version + 1;
            LIFECYCLE.startDraft(next, tenantId, adminId, Instant.now());
            return achievements.persist(next).call(achievements::flush)
                    .call(created -> audit.draftCreated(LIFECYCLE, created, content(created)));
        }).onFailure(UniqueViolation::is).transform(e -> LIFECYCLE.draftExists(id));
    }

    /**
     * Retires a micro-credential: every published version becomes RETIRED, so nobody enrols any more;
     * enrolments already made keep their version. A later new version, once published, offers it again. Where the
     * tenant requires approval, only a release-manager retires (403 {@code release-manager-required}).
     */
    @WithTransaction
    public Uni<Achievement> retire(String tenantId, UUID id, Actor actor) {
        return transitions.retire(definitions, tenantId, id, actor);
    }

    /** Staff (issuer-admins, release-managers): the newest version of any status; others: the newest published one. */
    @WithSession
    public Uni<Achievement> get(String tenantId, UUID id, boolean admin) {
        Uni<Achievement> found = admin ? achievements.newest(tenantId, id, LockModeType.NONE)
                : achievements.findCurrentPublished(tenantId, id);
        return found.onItem().ifNull().failWith(() -> ProblemException.notFound(WHAT, id));
    }

    /** One version; drafts and versions in review only for staff. */
    @WithSession
    public Uni<Achievement> getVersion(String tenantId, UUID id, int version, boolean admin) {
        return achievements.findVersion(tenantId, id, version)
                .map(found -> LIFECYCLE.visibleVersion(id, version, found, admin));
    }

    /** Every version, oldest first; drafts and versions in review only for staff. */
    @WithSession
    public Uni<List<Achievement>> versions(String tenantId, UUID id, boolean admin) {
        return achievements.versions(tenantId, id).map(all -> {
            List<Achievement> visible = admin ? all : all.stream().filter(a -> !a.isUnpublished()).toList();
            if (visible.isEmpty()) {
                throw ProblemException.notFound(WHAT, id);
            }
            return visible;
        });
    }

    /** What a record states of a micro-credential's content besides its name: how it is judged, its release gate. */
    private static ObjectNode content(Achievement a) {
        return AuditState.of("benchmarkKind", a.benchmarkKind, "releaseGate", a.releaseGate);
    }

    /** Micro-credentials as the review steps (ReviewTransitions) see them. */
    private final class Definitions implements ReviewedDefinitions<Achievement> {

        @Override
        public VersionLifecycle lifecycle() {
            return LIFECYCLE;
        }

        @Override
        public Uni<Achievement> newestForUpdate(String tenantId, UUID id) {
            return CatalogueService.this.newestForUpdate(tenantId, id);
        }

        @Override
        public Uni<List<Achievement>> versions(String tenantId, UUID id) {
            return achievements.versions(tenantId, id);
        }

        @Override
        public Uni<Void> checkPublishable(String tenantId, Achievement version) {
            return Uni.createFrom().voidItem().invoke(() -> requireSound(version));
        }

        @Override
        public Uni<Void> beforePublished(String tenantId, Achievement version) {
            // Without an image of its own, the version gets a generated one before the event states it.
            return images.forPublication(tenantId, version.name, version.imageUrl)
                    .invoke(url -> version.imageUrl = url).replaceWithVoid();
        }

        @Override
        public Uni<Void> afterPublished(String tenantId, Achievement version) {
            // Keyed by id and version: the compacted topic keeps every published version's state.
            return outbox.add(tenantId, version.id.toString(), version.id + ":" + version.version,
                    AchievementContent.toEvent(version)).replaceWithVoid();
        }
    }

    private Uni<Achievement> newestForUpdate(String tenantId, UUID id) {
        // Locks the newest version's row: two concurrent publishes or edits of one draft take turns.
        return achievements.newest(tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(WHAT, id));
    }

    /** The rules once more when submitting and publishing, the last steps before a version is final. */
    private static void requireSound(Achievement content) {
        var errors = DefinitionRules.check(content);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The definition is inconsistent", errors);
        }
    }

    /** A progress micro-credential may have no rubric; the column (and older readers) want one. */
    private static void normalise(Achievement a) {
        if (a.rubric == null) {
            a.rubric = new Rubric(List.of());
        }
    }
}
