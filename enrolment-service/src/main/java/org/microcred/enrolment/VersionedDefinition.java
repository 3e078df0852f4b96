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

    /** The version number, as the problems of {@link VersionLifecycle} name it. */
    public abstract int versionNumber();

    public boolean isDraft() {
        return status == VersionStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == VersionStatus.PUBLISHED;
    }

    public boolean isRetired() {
        return status == VersionStatus.RETIRED;
    }
}
