package org.microcred.enrolment.governance.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.microcred.enrolment.VersionLifecycle;
import org.microcred.enrolment.VersionedDefinition;
import org.microcred.enrolment.governance.Actor;
import org.microcred.enrolment.governance.ReviewStep.Action;

/**
 * The review steps of a version, written once for micro-credentials and pathways ({@link ReviewedDefinitions}):
 * publish at once (gate off), submit, withdraw, approve, reject, retire. Each checks the state ({@link
 * VersionLifecycle}), changes it, and records the step (history, {@code catalogue.version.*} event, audit record)
 * in the caller's transaction. A step that changes nothing (submitting or withdrawing again, publishing or retiring
 * again) records nothing.
 */
@ApplicationScoped
public class ReviewTransitions {

    private final VersionReviews reviews;
    private final CatalogueAudit audit;

    public ReviewTransitions(VersionReviews reviews, CatalogueAudit audit) {
        this.reviews = reviews;
        this.audit = audit;
    }

    /** Publishes the draft at once where the tenant does not require approval (else 409 {@code approval-required}). */
    public <T extends VersionedDefinition> Uni<T> publish(ReviewedDefinitions<T> kind, String tenantId, UUID id,
            Actor actor) {
        VersionLifecycle lifecycle = kind.lifecycle();
        return reviews.approvalRequired(tenantId).chain(approval -> kind.newestForUpdate(tenantId, id)
                .chain(newest -> {
                    if (!lifecycle.toPublish(id, newest)) {
                        return Uni.createFrom().item(newest);
                    }
                    lifecycle.requireNoApproval(id, approval);
                    return publishNow(kind, tenantId, newest, Action.PUBLISHED, actor, null);
                }));
    }

    /** Submits the draft for review, checked as for publication; submitting again changes nothing. */
    public <T extends VersionedDefinition> Uni<T> submit(ReviewedDefinitions<T> kind, String tenantId, UUID id,
            Actor actor, String comment) {
        VersionLifecycle lifecycle = kind.lifecycle();
        return kind.newestForUpdate(tenantId, id).chain(newest -> {
            Uni<Void> checked = newest.isDraft() ? kind.checkPublishable(tenantId, newest)
                    : Uni.createFrom().voidItem();
            return checked.chain(() -> {
                // To the microsecond, as the database keeps it: the submission a reviewer answers reads the same
                // in this answer and in every later one.
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                String before = newest.state();
                if (!lifecycle.submit(id, newest, actor.userId(), now)) {
                    return Uni.createFrom().item(newest);
                }
                return recorded(lifecycle, newest, Action.SUBMITTED, actor, comment, now, before);
            });
        });
    }

    /** Takes the version in review back to an editable draft; again: unchanged. */
    public <T extends VersionedDefinition> Uni<T> withdraw(ReviewedDefinitions<T> kind, String tenantId, UUID id,
            Actor actor) {
        VersionLifecycle lifecycle = kind.lifecycle();
        return kind.newestForUpdate(tenantId, id).chain(newest -> {
            Instant now = Instant.now();
            String before = newest.state();
            if (!lifecycle.withdraw(id, newest, now)) {
                return Uni.createFrom().item(newest);
            }
            return recorded(lifecycle, newest, Action.WITHDRAWN, actor, null, now, before);
        });
    }

    /**
     * A release-manager other than its author publishes the version in review: the submission they answer (its
     * {@code submittedAt}, when given) must be the version's current one (409 {@code review-stale}).
     */
    public <T extends VersionedDefinition> Uni<T> approve(ReviewedDefinitions<T> kind, String tenantId, UUID id,
            Actor actor, String comment, Instant submission) {
        return inReview(kind, tenantId, id, submission).chain(newest -> {
            kind.lifecycle().requireOtherReviewer(id, newest, actor.userId());
            return publishNow(kind, tenantId, newest, Action.APPROVED, actor, comment);
        });
    }

    /** A release-manager sends the version in review back as an editable draft, with a comment; stale: 409. */
    public <T extends VersionedDefinition> Uni<T> reject(ReviewedDefinitions<T> kind, String tenantId, UUID id,
            Actor actor, String comment, Instant submission) {
        return inReview(kind, tenantId, id, submission).chain(newest -> {
            Instant now = Instant.now();
            String before = newest.state();
            kind.lifecycle().reject(newest, now);
            return recorded(kind.lifecycle(), newest, Action.REJECTED, actor, comment, now, before);
        });
    }

    /**
     * Retires every published version; where the tenant requires approval only a release-manager does (403
     * {@code release-manager-required}); 409 {@code not-published} when none was; retiring again changes nothing.
     */
    public <T extends VersionedDefinition> Uni<T> retire(ReviewedDefinitions<T> kind, String tenantId, UUID id,
            Actor actor) {
        VersionLifecycle lifecycle = kind.lifecycle();
        return reviews.approvalRequired(tenantId).chain(approval -> kind.newestForUpdate(tenantId, id)
                .invoke(() -> lifecycle.requireRetirer(id, approval, actor.isReleaseManager()))
                .chain(newest -> kind.versions(tenantId, id))
                .chain(versions -> {
                    boolean changes = versions.stream().anyMatch(VersionedDefinition::isPublished);
                    Instant now = Instant.now();
                    T retired = lifecycle.retire(id, versions, now);
                    return changes ? recorded(lifecycle, retired, Action.RETIRED, actor, null, now, "PUBLISHED")
                            : Uni.createFrom().item(retired);
                }));
    }

    /** The version a review decides: in review (409 {@code not-in-review}), the submission answered (409 stale). */
    private static <T extends VersionedDefinition> Uni<T> inReview(ReviewedDefinitions<T> kind, String tenantId,
            UUID id, Instant submission) {
        return kind.newestForUpdate(tenantId, id).invoke(newest -> {
            kind.lifecycle().requireInReview(id, newest);
            kind.lifecycle().requireSubmission(id, newest, submission);
        });
    }

    private <T extends VersionedDefinition> Uni<T> publishNow(ReviewedDefinitions<T> kind, String tenantId,
            T version, Action action, Actor actor, String comment) {
        VersionLifecycle lifecycle = kind.lifecycle();
        Instant now = Instant.now();
        String before = version.state();
        return kind.checkPublishable(tenantId, version)
                .invoke(() -> lifecycle.publish(version, now))
                .chain(() -> kind.beforePublished(tenantId, version))
                .chain(() -> recorded(lifecycle, version, action, actor, comment, now, before))
                .chain(() -> kind.afterPublished(tenantId, version))
                .replaceWith(version);
    }

    private <T extends VersionedDefinition> Uni<T> recorded(VersionLifecycle lifecycle, T version, Action action,
            Actor actor, String comment, Instant at, String before) {
        return reviews.record(lifecycle, version, action, actor, comment, at)
                .chain(() -> audit.reviewed(lifecycle, version, action, comment, before))
                .replaceWith(version);
    }
}
