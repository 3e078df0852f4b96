package org.microcred.enrolment.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One row of an award job, numbered from 1 in the batch's order, and what became of it. */
@Entity
@Table(name = "award_job_row")
@IdClass(AwardJobRow.Key.class)
public class AwardJobRow {

    /** REJECTED at submission (nothing issued for it); WAITING, then APPLIED, FAILED or CANCELLED. */
    public enum Status {
        REJECTED, WAITING, APPLIED, FAILED, CANCELLED
    }

    @Id
    @Column(name = "job_id")
    public UUID jobId;

    @Id
    @Column(name = "row_no")
    public int rowNo;

    @Enumerated(EnumType.STRING)
    public Status status;

    /** JSON of the validated award request; of the row as given when REJECTED. */
    public String request;

    public int attempts;

    /** {@code requested}, {@code already-requested} or {@code already-awarded} (AwardRequests' outcomes). */
    public String outcome;

    @Column(name = "award_id")
    public UUID awardId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    public Boolean unclaimed;

    @Column(name = "claim_url")
    public String claimUrl;

    /** JSON of the RFC 9457 problem, once REJECTED or FAILED. */
    public String problem;

    @Column(name = "settled_at")
    public Instant settledAt;

    public static class Key implements Serializable {
        public UUID jobId;
        public int rowNo;

        public Key() {
        }

        public Key(UUID jobId, int rowNo) {
            this.jobId = jobId;
            this.rowNo = rowNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(jobId, k.jobId) && rowNo == k.rowNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, rowNo);
        }
    }
}
