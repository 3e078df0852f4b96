package org.microcred.enrolment;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.microcred.support.problem.ProblemException;

/**
 * The one lifecycle of versioned definitions, micro-credentials and pathways alike. A DRAFT is edited, then
 * PUBLISHED, after which that version never changes: an edit is the next version, a draft copied from the newest
 * one, and there is one draft at a time. Retiring makes every published version RETIRED (no longer offered); a
 * later version, once published, offers the definition again. Publishing or retiring again changes nothing. The
 * transitions refused answer 409 with the way forward: {@code not-a-draft}, {@code retired}, {@code draft-exists},
 * {@code not-published}.
 *
 * <p>Where the tenant wants approval before publication (the default), a draft is submitted for review
 * (IN_REVIEW: not editable, still the one unpublished version), and a release-manager who neither created nor
 * submitted it approves it (PUBLISHED) or rejects it with a comment (a DRAFT again, marked rejected, editable); an
 * issuer-admin may withdraw it back to DRAFT. Refusals: 409 {@code approval-required}, {@code in-review},
 * {@code not-in-review}, {@code review-stale}; 403 {@code own-draft}, {@code release-manager-required}.
 */
public final class VersionLifecycle {

    public static final VersionLifecycle ACHIEVEMENTS =
            new VersionLifecycle("achievement", "Micro-credential", "/api/v1/achievements");
    public static final VersionLifecycle PATHWAYS = new VersionLifecycle("pathway", "Pathway", "/api/v1/pathways");

    private final String kind;
    private final String what;
    private final String path;

    private VersionLifecycle(String kind, String what, String path) {
        this.kind = kind;
        this.what = what;
        this.path = path;
    }

    /** {@code achievement} or {@code pathway}: the kind review steps and events name. */
    public String kind() {
        return kind;
    }

    /**
     * One version as a reader may see it: drafts only for issuer-admins ({@code admin}); 404 for a version that does
     * not exist or that the reader may not see.
     */
    public <T extends VersionedDefinition> T visibleVersion(UUID id, int version, T found, boolean admin) {
        if (found == null || (!admin && found.isUnpublished())) {
            throw ProblemException.notFound(what + " version", id + "/" + version);
        }
        return found;
    }

    /** Makes {@code draft} (its id and version set) a new draft of the tenant. */
    public void startDraft(VersionedDefinition draft, String tenantId, String adminId, Instant now) {
        draft.tenantId = tenantId;
        draft.status = VersionStatus.DRAFT;
        draft.createdBy = adminId;
        draft.createdAt = now;
        draft.updatedAt = now;
        draft.publishedAt = null;
        draft.retiredAt = null;
        draft.submittedBy = null;
        draft.submittedAt = null;
        draft.rejectedAt = null;
    }

    /** Only a draft changes: 409 {@code not-a-draft} when the newest version is published or retired. */
    public void requireDraft(UUID id, VersionedDefinition newest) {
        if (newest.isInReview()) {
            throw inReview(id, newest);
        }
        if (!newest.isDraft()) {
            throw ProblemException.conflict("not-a-draft", "Version " + newest.versionNumber() + " of " + what + " "
                    + id + " is " + newest.status + " and cannot change; start a new version with POST " + path
                    + "/" + id + "/versions");
        }
    }

    /** A new version starts only when there is no draft: 409 {@code draft-exists} naming the one to edit. */
    public void requireNoDraft(UUID id, VersionedDefinition newest) {
        if (newest.isInReview()) {
            throw ProblemException.conflict("draft-exists", "Version " + newest.versionNumber() + " of " + what + " "
                    + id + " is in review: a release-manager approves or rejects it, or withdraw it with POST "
                    + path + "/" + id + "/withdraw and edit it");
        }
        if (newest.isDraft()) {
            throw ProblemException.conflict("draft-exists", "Version " + newest.versionNumber() + " of " + what + " "
                    + id + " is already a draft: edit it with PUT " + path + "/" + id);
        }
    }

    /** The 409 of a draft started concurrently by someone else (the unique draft index refused the second). */
    public ProblemException draftExists(UUID id) {
        return ProblemException.conflict("draft-exists",
                what + " " + id + " already has a draft version: edit it with PUT " + path + "/" + id);
    }

    /**
     * Whether the newest version is a draft to publish: false when it is published already (publishing again
     * changes nothing); 409 {@code retired} when it is retired, so there is no draft.
     */
    public boolean toPublish(UUID id, VersionedDefinition newest) {
        if (newest.isRetired()) {
            throw ProblemException.conflict("retired", what + " " + id + " is retired and has no draft to publish;"
                    + " start a new version with POST " + path + "/" + id + "/versions");
        }
        if (newest.isInReview()) {
            throw ProblemException.conflict("in-review", "Version " + newest.versionNumber() + " of " + what + " "
                    + id + " is in review: a release-manager publishes it with POST " + path + "/" + id
                    + "/approve, or withdraw it with POST " + path + "/" + id + "/withdraw");
        }
        return newest.isDraft();
    }

    /**
     * Publishing at once is for tenants that turned approval off: otherwise 409 {@code approval-required}, naming the
     * way through review.
     */
    public void requireNoApproval(UUID id, boolean approvalRequired) {
        if (approvalRequired) {
            throw ProblemException.conflict("approval-required", what + " " + id + " needs a release-manager's"
                    + " approval before publication: submit it with POST " + path + "/" + id + "/submit; a"
                    + " release-manager then publishes it with POST " + path + "/" + id + "/approve");
        }
    }

    /**
     * Submits the draft for review: false when it is in review already (submitting again changes nothing); 409
     * {@code not-a-draft} when the newest version is published or retired.
     */
    public boolean submit(UUID id, VersionedDefinition newest, String submitterId, Instant now) {
        if (newest.isInReview()) {
            return false;
        }
        requireDraft(id, newest);
        newest.status = VersionStatus.IN_REVIEW;
        newest.submittedBy = submitterId;
        newest.submittedAt = now;
        newest.rejectedAt = null;
        newest.updatedAt = now;
        return true;
    }

    /**
     * Takes a version back from review to DRAFT: false when it is a draft already (withdrawing again changes
     * nothing); 409 {@code not-in-review} when it is published or retired.
     */
    public boolean withdraw(UUID id, VersionedDefinition newest, Instant now) {
        if (newest.isDraft()) {
            return false;
        }
        requireInReview(id, newest);
        newest.status = VersionStatus.DRAFT;
        newest.updatedAt = now;
        return true;
    }

    /** Approving and rejecting are for a version in review: 409 {@code not-in-review} with the way forward. */
    public void requireInReview(UUID id, VersionedDefinition newest) {
        if (newest.isInReview()) {
            return;
        }
        String forward = newest.isDraft() ? "an issuer-admin submits it first with POST " + path + "/" + id + "/submit"
                : "start a new version with POST " + path + "/" + id + "/versions";
        throw ProblemException.conflict("not-in-review", "Version " + newest.versionNumber() + " of " + what + " "
                + id + " is " + newest.status + ", not in review: " + forward);
    }

    /**
     * A reviewer answers the submission they saw: {@code answered} (the {@code submittedAt} the in-review view showed,
     * when the request gives it) must be the version's current submission, else 409 {@code review-stale} (it was
     * withdrawn, changed and submitted again meanwhile). Compared to the microsecond, the database's precision.
     */
    public void requireSubmission(UUID id, VersionedDefinition inReview, Instant answered) {
        if (answered == null) {
            return;
        }
        Instant current = inReview.submittedAt;
        if (current == null
                || !current.truncatedTo(ChronoUnit.MICROS).equals(answered.truncatedTo(ChronoUnit.MICROS))) {
            throw ProblemException.conflict("review-stale", "Version " + inReview.versionNumber() + " of " + what + " "
                    + id + " was submitted again at " + current + " since the submission of " + answered
                    + " that you answer: read it again (GET " + path + "/" + id + ") and review what is in review now");
        }
    }

    /**
     * Four eyes: whoever created the draft or submitted it does not approve it (403 {@code own-draft}), even when
     * they are a release-manager as well.
     */
    public void requireOtherReviewer(UUID id, VersionedDefinition inReview, String reviewerId) {
        if (reviewerId.equals(inReview.createdBy) || reviewerId.equals(inReview.submittedBy)) {
            throw new ProblemException(403, "own-draft", "Own draft", "Version " + inReview.versionNumber() + " of "
                    + what + " " + id + " was created or submitted by you: another release-manager of the"
                    + " institution approves it");
        }
    }

    /** The review rejected it: a DRAFT again, editable, marked rejected until it is submitted again. */
    public void reject(VersionedDefinition inReview, Instant now) {
        inReview.status = VersionStatus.DRAFT;
        inReview.rejectedAt = now;
        inReview.updatedAt = now;
    }

    /** Where approval is required, retiring is a release-manager's decision: 403 {@code release-manager-required}. */
    public void requireRetirer(UUID id, boolean approvalRequired, boolean releaseManager) {
        if (approvalRequired && !releaseManager) {
            throw new ProblemException(403, "release-manager-required", "Release-manager required", what + " " + id
                    + " is retired by a release-manager of the institution (POST " + path + "/" + id + "/retire),"
                    + " since the institution requires approval of its publications");
        }
    }

    /** The draft becomes the published version, final from now on. */
    public void publish(VersionedDefinition draft, Instant now) {
        draft.status = VersionStatus.PUBLISHED;
        draft.publishedAt = now;
        draft.updatedAt = now;
    }

    /**
     * Retires every published version of {@code versions} (oldest first) and answers the newest retired one;
     * retiring again changes nothing; 409 {@code not-published} when none was ever published.
     */
    public <T extends VersionedDefinition> T retire(UUID id, List<T> versions, Instant now) {
        for (T version : versions) {
            if (version.isPublished()) {
                version.status = VersionStatus.RETIRED;
                version.retiredAt = now;
                version.updatedAt = now;
            }
        }
        return versions.stream().filter(VersionedDefinition::isRetired).reduce((older, newer) -> newer)
                .orElseThrow(() -> ProblemException.conflict("not-published",
                        what + " " + id + " was never published: there is nothing to retire"));
    }

    private ProblemException inReview(UUID id, VersionedDefinition newest) {
        return ProblemException.conflict("in-review", "Version " + newest.versionNumber() + " of " + what + " " + id
                + " is in review and cannot change; withdraw it with POST " + path + "/" + id + "/withdraw to edit it");
    }
}
