package org.microcred.enrolment.pathway.service;

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
import org.microcred.enrolment.governance.ReviewStep.Action;
import org.microcred.enrolment.governance.service.VersionReviews;
import org.microcred.enrolment.image.ImageStore;
import org.microcred.enrolment.pathway.Pathway;
import org.microcred.enrolment.pathway.repository.PathwayRefRepository;
import org.microcred.enrolment.pathway.repository.PathwayRepository;
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
    private final VersionReviews reviews;

    public PathwayService(PathwayRepository pathways, PathwayRefRepository refs, PathwayReferences references,
            PathwayProgressService progress, ImageStore images, VersionReviews reviews) {
        this.reviews = reviews;
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
                .call(refs::replace);
    }

    /** Replaces the content of the draft version; 409 when the newest version is published. */
    @WithTransaction
    public Uni<Pathway> update(String tenantId, UUID id, Pathway content) {
        return newestForUpdate(tenantId, id).chain(draft -> {
            LIFECYCLE.requireDraft(id, draft);
            copyContent(content, draft);
            draft.updatedAt = Instant.now();
            return references.check(draft, false).chain(() -> refs.replace(draft)).replaceWith(draft);
        });
    }

    /**
     * Publishes the draft at once where the tenant does not require approval (else 409 {@code approval-required};
     * publishing again changes nothing), with a generated image when it has none, then completes it for every earner
     * who already holds what it asks for.
     */
    @WithTransaction
    public Uni<Pathway> publish(String tenantId, UUID id, Actor actor) {
        return reviews.approvalRequired(tenantId).chain(approval -> newestForUpdate(tenantId, id).chain(draft -> {
            if (!LIFECYCLE.toPublish(id, draft)) {
                return Uni.createFrom().item(draft);
            }
            LIFECYCLE.requireNoApproval(id, approval);
            return publishNow(tenantId, draft, Action.PUBLISHED, actor, null);
        }));
    }

    /** Submits the draft for review, what it names checked as for publication; again: unchanged. */
    @WithTransaction
    public Uni<Pathway> submit(String tenantId, UUID id, Actor actor, String comment) {
        return newestForUpdate(tenantId, id).chain(draft -> {
            Uni<Void> checked = draft.isDraft() ? references.check(draft, true) : Uni.createFrom().voidItem();
            return checked.chain(() -> {
                Instant now = Instant.now();
                if (!LIFECYCLE.submit(id, draft, actor.userId(), now)) {
                    return Uni.createFrom().item(draft);
                }
                return reviews.record(LIFECYCLE, draft, Action.SUBMITTED, actor, comment, now).replaceWith(draft);
            });
        });
    }

    /** Takes the version in review back to an editable draft; again: unchanged. */
    @WithTransaction
    public Uni<Pathway> withdraw(String tenantId, UUID id, Actor actor) {
        return newestForUpdate(tenantId, id).chain(newest -> {
            Instant now = Instant.now();
            if (!LIFECYCLE.withdraw(id, newest, now)) {
                return Uni.createFrom().item(newest);
            }
            return reviews.record(LIFECYCLE, newest, Action.WITHDRAWN, actor, null, now).replaceWith(newest);
        });
    }

    /** A release-manager other than its author publishes the version in review. */
    @WithTransaction
    public Uni<Pathway> approve(String tenantId, UUID id, Actor actor, String comment) {
        return newestForUpdate(tenantId, id).chain(newest -> {
            LIFECYCLE.requireInReview(id, newest);
            LIFECYCLE.requireOtherReviewer(id, newest, actor.userId());
            return publishNow(tenantId, newest, Action.APPROVED, actor, comment);
        });
    }

    /** A release-manager sends the version in review back as an editable draft, with a comment. */
    @WithTransaction
    public Uni<Pathway> reject(String tenantId, UUID id, Actor actor, String comment) {
        return newestForUpdate(tenantId, id).chain(newest -> {
            LIFECYCLE.requireInReview(id, newest);
            Instant now = Instant.now();
            LIFECYCLE.reject(newest, now);
            return reviews.record(LIFECYCLE, newest, Action.REJECTED, actor, comment, now).replaceWith(newest);
        });
    }

    private Uni<Pathway> publishNow(String tenantId, Pathway draft, Action action, Actor actor, String comment) {
        Instant now = Instant.now();
        return references.check(draft, true).chain(() -> {
            LIFECYCLE.publish(draft, now);
            // Without an image of its own, the version gets a generated one (its credentials name it).
            return images.forPublication(tenantId, draft.name, draft.imageUrl).invoke(url -> draft.imageUrl = url);
        }).chain(url -> reviews.record(LIFECYCLE, draft, action, actor, comment, now))
                .chain(() -> pathways.flush()).chain(() -> progress.evaluateHolders(draft)).replaceWith(draft);
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
        return reviews.approvalRequired(tenantId).chain(approval -> newestForUpdate(tenantId, id)
                .invoke(() -> LIFECYCLE.requireRetirer(id, approval, actor.isReleaseManager()))
                .chain(newest -> pathways.versions(tenantId, id))
                .chain(versions -> {
                    boolean changes = versions.stream().anyMatch(Pathway::isPublished);
                    Instant now = Instant.now();
                    Pathway retired = LIFECYCLE.retire(id, versions, now);
                    return changes ? reviews.record(LIFECYCLE, retired, Action.RETIRED, actor, null, now)
                            .replaceWith(retired) : Uni.createFrom().item(retired);
                }));
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
            return pathways.persist(next).call(refs::replace).call(pathways::flush);
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

    private Uni<Pathway> newestForUpdate(String tenantId, UUID id) {
        return pathways.findNewest(tenantId, id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(WHAT, id));
    }
}
