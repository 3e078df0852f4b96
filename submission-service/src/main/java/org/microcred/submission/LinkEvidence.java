package org.microcred.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.submission.EvidenceLink;

/** A link (http or https URL) the earner gave as evidence for a prompt of one attempt. */
@Entity
@Table(name = "evidence_link")
public class LinkEvidence {

    @Id
    public UUID id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "prompt_id", nullable = false)
    public String promptId;

    @Column(nullable = false)
    public String url;

    public String title;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    public EvidenceLink toEvidence() {
        return new EvidenceLink(promptId, url, title);
    }
}
