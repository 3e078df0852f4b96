package org.microcred.enrolment.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A bulk award job: a batch of award requests submitted at once, its good rows applied one by one in the background
 * ({@code AwardJobProcessor}). One job per tenant and batch ({@code award_job_once} on the rows' hash): the same batch
 * submitted again answers this job.
 */
@Entity
@Table(name = "award_job")
public class AwardJob {

    public enum Status {
        QUEUED, RUNNING, COMPLETED, CANCELLED;

        public boolean finished() {
            return this == COMPLETED || this == CANCELLED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "rows_sha256")
    public String rowsSha256;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "row_count")
    public int rowCount;

    /** The submitter's user id (the token's {@code sub}; an LMS client's service account). */
    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;
}
