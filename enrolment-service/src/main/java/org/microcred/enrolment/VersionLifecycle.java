package org.microcred.enrolment;

import java.time.Instant;
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
 */
public final class VersionLifecycle {

    public static final VersionLifecycle ACHIEVEMENTS = new VersionLifecycle("Micro-credential", "/api/v1/achievements");
    public static final VersionLifecycle PATHWAYS = new VersionLifecycle("Pathway", "/api/v1/pathways");

    private final String what;
    private final String path;

    private VersionLifecycle(String what, String path) {
        this.what = what;
        this.path = path;
    }

    /**
     * One version as a reader may see it: drafts only for issuer-admins ({@code admin}); 404 for a version that does
     * not exist or that the reader may not see.
     */
    public <T extends VersionedDefinition> T visibleVersion(UUID id, int version, T found, boolean admin) {
        if (found == null || (!admin && found.isDraft())) {
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
    }

    /** Only a draft changes: 409 {@code not-a-draft} when the newest version is published or retired. */
    public void requireDraft(UUID id, VersionedDefinition newest) {
        if (!newest.isDraft()) {
            throw ProblemException.conflict("not-a-draft", "Version " + newest.versionNumber() + " of " + what + " "
                    + id + " is " + newest.status + " and cannot change; start a new version with POST " + path
                    + "/" + id + "/versions");
        }
    }

    /** A new version starts only when there is no draft: 409 {@code draft-exists} naming the one to edit. */
    public void requireNoDraft(UUID id, VersionedDefinition newest) {
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
        return newest.isDraft();
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
}
