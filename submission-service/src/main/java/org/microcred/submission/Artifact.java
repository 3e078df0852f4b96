package org.microcred.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.microcred.events.submission.EvidenceArtifact;

/** An evidence file of one attempt: what it is (by its content), and where its bytes are stored. */
@Entity
@Table(name = "artifact")
public class Artifact {

    @Id
    public UUID id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "prompt_id", nullable = false)
    public String promptId;

    /** The client's name for the file, reduced to a safe base name; shown, never used as a path. */
    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    public long size;

    public String sha256;

    @Column(name = "storage_key", nullable = false)
    public String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    public EvidenceArtifact toEvidence() {
        return new EvidenceArtifact(id, promptId, fileName, mediaType, size, sha256);
    }
}
