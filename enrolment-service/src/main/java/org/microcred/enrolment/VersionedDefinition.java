package org.microcred.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every version of a definition keeps about its lifecycle, micro-credentials and pathways alike: the tenant,
 * the status and when it was created, changed, published and retired. Each entity has its own identity
 * ({@code id}, {@code version}) and content.
 */
@MappedSuperclass
public abstract class VersionedDefinition {

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    public VersionStatus status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** When it stopped being offered (POST .../retire). */
    @Column(name = "retired_at")
    public Instant retiredAt;

    /** Who submitted it for review (IN_REVIEW, and kept after); neither they nor {@link #createdBy} approve it. */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** When its last review rejected it (a DRAFT again); null once it is submitted again. */
    @Column(name = "rejected_at")
    public Instant rejectedAt;

    /** The version number, as the problems of {@link VersionLifecycle} name it. */
    public abstract int versionNumber();

    /** The id of the definition (every version shares it). */
    public abstract java.util.UUID definitionId();

    /** Its name, as review events state it. */
    public abstract String definitionName();

    /**
     * The state the catalogue shows: the status, except that a draft whose last review rejected it is REJECTED
     * (still an editable draft).
     */
    public String state() {
        return status == VersionStatus.DRAFT && rejectedAt != null ? "REJECTED" : status.name();
    }

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    public boolean isInReview() {
        return status == VersionStatus.IN_REVIEW;
    }

    /** Not published yet: a draft or a version in review (at most one per definition). */
    public boolean isUnpublished() {
        return isDraft() || isInReview();
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public boolean isRetired() {
        return status == VersionStatus.RETIRED;
    }
}
