-- Read model: the rubric of each published version of a micro-credential, from the catalogue topic.
-- A published version is immutable, so a redelivered event rewrites the same content.
CREATE TABLE achievement_rubric (
    tenant_id            TEXT        NOT NULL,
    achievement_id       UUID        NOT NULL,
    version              INT         NOT NULL,
    name                 TEXT        NOT NULL,
    rubric               TEXT        NOT NULL,   -- JSON: criteria with ordered levels (lowest first)
    published_at         TIMESTAMPTZ,
    received_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, achievement_id, version)
);

-- One submitted attempt waiting for, or carrying, an assessor's judgement. It keeps everything the
-- decision event needs, so deciding never asks another service.
CREATE TABLE assessment_task (
    id                   UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    submission_id        UUID        NOT NULL,
    enrolment_id         UUID        NOT NULL,
    achievement_id       UUID        NOT NULL,
    achievement_version  INT         NOT NULL,
    earner_id            TEXT        NOT NULL,
    earner_email         TEXT,
    earner_name          TEXT,
    attempt              INT         NOT NULL,
    answers              TEXT        NOT NULL,   -- JSON: the written answers
    artifacts            TEXT        NOT NULL,   -- JSON: metadata of the uploaded files (the evidence)
    submitted_at         TIMESTAMPTZ NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('PENDING', 'DECIDED')),
    decision             TEXT        CHECK (decision IN ('AWARD', 'REVISE', 'DENY')),
    scores               TEXT,                   -- JSON: level and feedback per criterion
    feedback             TEXT,
    assessor_id          TEXT,
    decided_at           TIMESTAMPTZ,
    -- A redelivered submission event, whatever its event id, cannot create a second task. The
    -- attempt is part of the key so that an attempt is never lost, should a resubmission keep
    -- its submission id.
    CONSTRAINT assessment_task_one_per_attempt UNIQUE (submission_id, attempt),
    CONSTRAINT assessment_task_decided_has_decision CHECK ((status = 'DECIDED') = (decision IS NOT NULL))
);
-- The queue: a tenant's tasks of one status, oldest first (optionally of one micro-credential).
CREATE INDEX assessment_task_queue ON assessment_task (tenant_id, status, submitted_at, id);
CREATE INDEX assessment_task_queue_by_achievement ON assessment_task (tenant_id, achievement_id, status, submitted_at);
