-- Bulk award jobs (issue 13, point 3): a batch of award requests (JSON or CSV) submitted at once, validated at once,
-- and applied row by row in the background through the same path as a single credential.award.requested.
CREATE TABLE award_job (
    id           UUID        PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    -- Hex SHA-256 of the batch's normalised rows: the same batch submitted again answers this job.
    rows_sha256  TEXT        NOT NULL,
    -- QUEUED, RUNNING (a row settled), COMPLETED (every row settled), CANCELLED.
    status       TEXT        NOT NULL,
    row_count    INT         NOT NULL,
    submitted_by TEXT        NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    -- Order of submission: the processor takes the oldest unfinished job first.
    seq          BIGINT      GENERATED ALWAYS AS IDENTITY,
    CONSTRAINT award_job_once UNIQUE (tenant_id, rows_sha256)
);
CREATE INDEX award_job_unfinished ON award_job (seq) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX award_job_by_tenant ON award_job (tenant_id, seq);

-- One row of a job: REJECTED at submission (nothing issued), WAITING, then APPLIED, FAILED or CANCELLED.
CREATE TABLE award_job_row (
    job_id       UUID        NOT NULL REFERENCES award_job (id),
    row_no       INT         NOT NULL,
    status       TEXT        NOT NULL,
    -- The award request as validated (JSON of credential.award.requested's data); the row as given when rejected.
    request      TEXT        NOT NULL,
    -- Attempts that failed unexpectedly (not a problem of the row, not a server away); FAILED after the last.
    attempts     INT         NOT NULL DEFAULT 0,
    outcome      TEXT,
    award_id     UUID,
    enrolment_id UUID,
    unclaimed    BOOLEAN,
    claim_url    TEXT,
    -- JSON of the RFC 9457 problem of a REJECTED or FAILED row.
    problem      TEXT,
    settled_at   TIMESTAMPTZ,
    PRIMARY KEY (job_id, row_no)
);
CREATE INDEX award_job_row_waiting ON award_job_row (job_id, row_no) WHERE status = 'WAITING';
