package org.microcred.enrolment.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A tenant's governance settings. No row: the defaults ({@code publicationApproval} on). Changed by a release-manager.
 */
@Entity
@Table(name = "governance_setting")
public class GovernanceSetting {

    /** Whether a version is published only after a release-manager approved it. */
    public static final boolean DEFAULT_PUBLICATION_APPROVAL = true;

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "publication_approval")
    public boolean publicationApproval;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
