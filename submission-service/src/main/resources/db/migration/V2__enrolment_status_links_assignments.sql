-- Issue 4: what each micro-credential version allows (benchmark kind, attempt limit), where each
-- enrolment stands, link evidence, and which assessors an attempt is assigned to.

-- The prompts column now also holds each prompt's kind, allowed media types and counts (JSON).
-- benchmark_kind NULL means performance (older producers); max_attempts NULL means the service default.
ALTER TABLE achievement_prompts
    ADD COLUMN benchmark_kind TEXT,
    ADD COLUMN max_attempts   INT CHECK (max_attempts >= 1);

-- An enrolment's status, from enrolment.created and then enrolment.status.changed. A status change
-- may arrive before its enrolment.created: the row is then made from the change with announced =
-- false, and enrolment.created completes it without touching the newer status.
ALTER TABLE enrolment
    ADD COLUMN status            TEXT        NOT NULL DEFAULT 'ACTIVE'
               CHECK (status IN ('PENDING_CONFIRMATION', 'WAITLISTED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN',
                                 'EXPIRED', 'DECLINED')),
    ADD COLUMN status_changed_at TIMESTAMPTZ,
    ADD COLUMN announced         BOOLEAN     NOT NULL DEFAULT TRUE;

-- Links an earner gives as evidence for a prompt of an attempt.
CREATE TABLE evidence_link (
    id                   UUID PRIMARY KEY,
    submission_id        UUID        NOT NULL REFERENCES submission (id),
    tenant_id            TEXT        NOT NULL,
    prompt_id            TEXT        NOT NULL,
    url                  TEXT        NOT NULL CHECK (char_length(url) <= 2000),
    title                TEXT        CHECK (char_length(title) <= 200),
    added_at             TIMESTAMPTZ NOT NULL,
    UNIQUE (submission_id, prompt_id, url)
);
CREATE INDEX evidence_link_by_submission ON evidence_link (submission_id, added_at);

-- The latest assessment.assigned per assessment and role (highest sequence wins). The assessor it
-- names (NULL: released) may read that attempt's evidence.
CREATE TABLE assessment_assignment (
    assessment_id        UUID        NOT NULL,
    role                 TEXT        NOT NULL,
    tenant_id            TEXT        NOT NULL,
    submission_id        UUID        NOT NULL,
    enrolment_id         UUID,
    attempt              INT         NOT NULL,
    assessor_id          TEXT,
    sequence             BIGINT      NOT NULL,
    assigned_at          TIMESTAMPTZ,
    PRIMARY KEY (assessment_id, role)
);
CREATE INDEX assessment_assignment_by_submission ON assessment_assignment (tenant_id, submission_id, assessor_id);
