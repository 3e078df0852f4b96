package org.microcred.enrolment.pathway.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.microcred.enrolment.Page;
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.VersionStatus;
import org.microcred.enrolment.governance.Actor;
import org.microcred.enrolment.governance.service.CatalogueAudit;
import org.microcred.enrolment.governance.service.ReviewTransitions;
import org.microcred.enrolment.governance.service.ReviewedDefinitions;
import org.microcred.enrolment.image.ImageStore;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.repository.PathwayRefRepository;
import org.microcred.enrolment.pathway.repository.PathwayRepository;
import org.microcred.support.audit.AuditState;
import org.microcred.support.persistence.UniqueViolation;
import org.microcred.support.problem.ProblemException;

/**
 * Pathways and their lifecycle, the same as micro-credentials' ({@link VersionLifecycle}): a draft is
 * edited (PUT), published (then never changed), superseded by newer versions, or retired. What a rule names must be the tenant's; at
 * publish it must be published, and no pathway may contain itself, however deep. Where the tenant requires approval
 * (VersionReviews), a draft is published only through review, as a micro-credential is.
 */
@ApplicationScoped
public class PathwayService {

    private static final String WHAT = "Pathway";
    private static final VersionLifecycle LIFECYCLE = VersionLifecycle.PATHWAYS;

    private final PathwayRepository pathways;
    private final PathwayRefRepository refs;
    private final PathwayReferences references;
    private final PathwayProgressService progress;
    private final ImageStore images;
    private final ReviewTransitions transitions;
    private final CatalogueAudit audit;
    private final ReviewedDefinitions<Pathway> definitions = new Definitions();

    public PathwayService(PathwayRepository pathways, PathwayRefRepository refs, PathwayReferences references,
            PathwayProgressService progress, ImageStore images, ReviewTransitions transitions, CatalogueAudit audit) {
        this.transitions = transitions;
        this.audit = audit;
        this.pathways = pathways;
        this.refs = refs;
        this.references = references;
        this.progress = progress;
        this.images = images;
    }

    @WithTransaction
    public Uni<Pathway> create(Pathway draft, String tenantId, String adminId) {
        draft.id = UUID.randomUUID();
        draft.version = 1;
        LIFECYCLE.startDraft(draft, tenantId, adminId, Instant.now());
        return references.check(draft, false)
                .chain(() -> pathways.persist(draft))
                .call(refs::replace)
                .call(created -> audit.draftCreated(LIFECYCLE, created, content(created)));
    }

    /** Replaces the content of the draft version; 409 when the newest version is published. */
    @WithTransaction
    public Uni<Pathway> update(String tenantId, UUID id, Pathway content) {
        return newestForUpdate(tenantId, id).chain(draft -> {
            LIFECYCLE.requireDraft(id, draft);
            ObjectNode before = CatalogueAudit.summary(draft).setAll(content(draft));
            copyContent(content, draft);
            draft.updatedAt = Instant.now();
            return references.check(draft, false).chain(() -> refs.replace(draft))
                    .chain(() -> audit.draftChanged(LIFECYCLE, draft, before, content(draft))).replaceWith(draft);
        });
    }

    /**
     * Publishes the draft at once where the tenant does not require approval (else 409 {@code approval-required};
     * publishing again changes nothing), with a generated image when it has none, then completes it for every earner
     * who already holds what it asks for.
     */
    @WithTransaction
    public Uni<Pathway> publish(String tenantId, UUID id, Actor actor) {
        return transitions.publish(definitions, tenantId, id, actor);
    }

    /** Submits the draft for review, what it names checked as for publication; again: unchanged. */
    @WithTransaction
    public Uni<Pathway> submit(String tenantId, UUID id, Actor actor, String comment) {
        return transitions.submit(definitions, tenantId, id, actor, comment);
    }

    /** Takes the version in review back to an editable draft; again: unchanged. */
    @WithTransaction
    public Uni<Pathway> withdraw(String tenantId, UUID id, Actor actor) {
        return transitions.withdraw(definitions, tenantId, id, actor);
    }

    /** A release-manager other than its author publishes the version in review (the submission they answer). */
    @WithTransaction
    public Uni<Pathway> approve(String tenantId, UUID id, Actor actor, String comment, Instant submission) {
        return transitions.approve(definitions, tenantId, id, actor, comment, submission);
    }

    /** A release-manager sends the version in review back as an editable draft, with a comment. */
    @WithTransaction
    public Uni<Pathway> reject(String tenantId, UUID id, Actor actor, String comment, Instant submission) {
        return transitions.reject(definitions, tenantId, id, actor, comment, submission);
    }

    /**
     * Retires a pathway: every published version becomes RETIRED, so it is no longer offered (earners
     * no longer see it in the catalogue) nor evaluated (no new completions; an earner who completed it
     * keeps it, and progress already made stays on the dashboard, marked RETIRED). Retiring again
     * changes nothing; 409 when it was never published. A later version, once published, offers it again. Where
     * the tenant requires approval, only a release-manager retires (403 {@code release-manager-required}).
     */
    @WithTransaction
    public Uni<Pathway> retire(String tenantId, UUID id, Actor actor) {
        return transitions.retire(definitions, tenantId, id, actor);
    }

    /** Starts the next version as a draft copied from the newest one; 409 when that is a draft. */
    @WithTransaction
    public Uni<Pathway> newVersion(String tenantId, UUID id, String adminId) {
        return newestForUpdate(tenantId, id).chain(newest -> {
            LIFECYCLE.requireNoDraft(id, newest);
            Pathway next = new Pathway();
            next.id = id;
            next.version = newest.version + 1;
            copyContent(newest, next);
            LIFECYCLE.startDraft(next, tenantId, adminId, Instant.now());
            return pathways.persist(next).call(refs::replace).call(pathways::flush)
                    .call(created -> audit.draftCreated(LIFECYCLE, created, content(created)));
        }).onFailure(UniqueViolation::is).transform(e -> LIFECYCLE.draftExists(id));
    }

    /** Staff (issuer-admins, release-managers): the newest version of any status; others: the newest published one. */
    @WithSession
    public Uni<Pathway> get(String tenantId, UUID id, boolean admin) {
        Uni<Pathway> found = admin ? pathways.findNewest(tenantId, id, LockModeType.NONE)
                : pathways.findCurrentPublished(tenantId, id);
        return found.onItem().ifNull().failWith(() -> ProblemException.notFound(WHAT, id));
    }

    @WithSession
    public Uni<Pathway> getVersion(String tenantId, UUID id, int version, boolean admin) {
        return pathways.findVersion(tenantId, id, version)
                .map(found -> LIFECYCLE.visibleVersion(id, version, found, admin));
    }

    /** The current version of each pathway (earners: published only). */
    @WithSession
    public Uni<Page<Pathway>> list(String tenantId, VersionStatus status, int limit, int offset) {
        return pathways.countCurrent(tenantId, status).chain(total -> pathways.page(tenantId, status, limit, offset)
                .map(items -> new Page<>(items, total, limit, offset)));
    }

    /** The micro-credentials a pathway asks for, at any depth (the catalogue's pathway filter). */
    @WithSession
    public Uni<List<UUID>> achievementIds(String tenantId, UUID id, boolean admin) {
        return get(tenantId, id, admin).chain(root -> references.achievementsWithin(root, !admin));
    }

    /** What an issuer-admin defines (not identity, version, status or dates). */
    private static void copyContent(Pathway from, Pathway to) {
        to.name = from.name;
        to.description = from.description;
        to.criteriaNarrative = from.criteriaNarrative;
        to.achievementType = from.achievementType;
        to.imageUrl = from.imageUrl;
        to.rule = from.rule;
    }

    /** What a record states of a pathway's content besides its name: the achievement type. */
    private static ObjectNode content(Pathway p) {
        return AuditState.of("achievementType", p.achievementType);
    }

    /** Pathways as the review steps (ReviewTransitions) see them. */
    private final class Definitions implements ReviewedDefinitions<Pathway> {

        @Override
        public VersionLifecycle lifecycle() {
            return LIFECYCLE;
        }

        @Override
        public Uni<Pathway> newestForUpdate(String tenantId, UUID id) {
            return PathwayService.this.newestForUpdate(tenantId, id);
        }

        @Override
        public Uni<List<Pathway>> versions(String tenantId, UUID id) {
            return pathways.versions(tenantId, id);
        }

        @Override
        public Uni<Void> checkPublishable(String tenantId, Pathway version) {
            return references.check(version, true);
        }

        @Override
        public Uni<Void> beforePublished(String tenantId, Pathway version) {
            // Without an image of its own, the version gets a generated one (its credentials name it).
            return images.forPublication(tenantId, version.name, version.imageUrl)
                    .invoke(url -> version.imageUrl = url).replaceWithVoid();
        }

        @Override
        public Uni<Void> afterPublished(String tenantId, Pathway version) {
            return pathways.flush().chain(() -> progress.evaluateHolders(version)).replaceWithVoid();
        }
    }

    private Uni<Pathway> newestForUpdate(String tenantId, UUID id) {
        return pathways.findNewest(tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(WHAT, id));
    }
}
