-- Micro-credential definitions of each institution. A published version is immutable.
CREATE TABLE achievement (
    id                   UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    version              INT         NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    name                 TEXT        NOT NULL,
    description          TEXT        NOT NULL,
    competency_statement TEXT        NOT NULL,
    criteria_narrative   TEXT        NOT NULL,
    achievement_type     TEXT        NOT NULL,
    evidence_prompts     TEXT        NOT NULL,   -- JSON
    rubric               TEXT        NOT NULL,   -- JSON
    created_by           TEXT        NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    published_at         TIMESTAMPTZ
);
CREATE INDEX achievement_by_tenant ON achievement (tenant_id, status, created_at);

-- An earner's commitment to one version of a micro-credential; one per earner and achievement.
CREATE TABLE enrolment (
    id                   UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    achievement_id       UUID        NOT NULL REFERENCES achievement (id),
    achievement_version  INT         NOT NULL,
    earner_id            TEXT        NOT NULL,
    earner_email         TEXT,
    earner_name          TEXT,
    enrolled_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, earner_id, achievement_id)
);

-- The earner's dashboard: where each journey stands, projected from the events of every stage.
CREATE TABLE journey (
    enrolment_id         UUID PRIMARY KEY REFERENCES enrolment (id),
    tenant_id            TEXT        NOT NULL,
    earner_id            TEXT        NOT NULL,
    achievement_id       UUID        NOT NULL,
    achievement_name     TEXT        NOT NULL,
    stage                TEXT        NOT NULL,
    attempt              INT         NOT NULL DEFAULT 0,
    latest_feedback      TEXT,
    credential_id        UUID,
    share_id             UUID,
    updated_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX journey_by_earner ON journey (tenant_id, earner_id, updated_at DESC);

-- Each step a journey took, for the earner's timeline.
CREATE TABLE journey_step (
    event_id             UUID PRIMARY KEY,
    enrolment_id         UUID        NOT NULL REFERENCES journey (enrolment_id),
    stage                TEXT        NOT NULL,
    attempt              INT         NOT NULL,
    occurred_at          TIMESTAMPTZ NOT NULL,
    detail               TEXT
);
CREATE INDEX journey_step_by_enrolment ON journey_step (enrolment_id, occurred_at);
