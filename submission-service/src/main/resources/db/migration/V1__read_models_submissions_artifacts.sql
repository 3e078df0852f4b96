-- Read model of the catalogue: the evidence prompts of each published achievement version.
-- Published versions are immutable, so a version is written once and never changed.
CREATE TABLE achievement_prompts (
    achievement_id       UUID        NOT NULL,
    version              INT         NOT NULL,
    tenant_id            TEXT        NOT NULL,
    evidence_prompts     TEXT        NOT NULL,   -- JSON list of {id, text, fileRequired}
    published_at         TIMESTAMPTZ,
    PRIMARY KEY (achievement_id, version)
);

-- Read model of the enrolments: whose journey a submission belongs to.
CREATE TABLE enrolment (
    id                   UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    earner_id            TEXT        NOT NULL,
    earner_email         TEXT,
    earner_name          TEXT,
    achievement_id       UUID        NOT NULL,
    achievement_version  INT         NOT NULL,
    enrolled_at          TIMESTAMPTZ
);
CREATE INDEX enrolment_by_earner ON enrolment (tenant_id, earner_id);

-- Every attempt an earner makes for an enrolment is kept; attempt numbers start at 1.
CREATE TABLE submission (
    id                   UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    enrolment_id         UUID        NOT NULL REFERENCES enrolment (id),
    earner_id            TEXT        NOT NULL,
    attempt              INT         NOT NULL CHECK (attempt >= 1),
    status               TEXT        NOT NULL
                         CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVISE_REQUESTED', 'AWARDED', 'DENIED')),
    answers              TEXT        NOT NULL,   -- JSON list of {promptId, text}
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    submitted_at         TIMESTAMPTZ,
    decided_at           TIMESTAMPTZ,
    UNIQUE (enrolment_id, attempt)
);

-- Evidence files of an attempt. The bytes live in the file store under storage_key.
CREATE TABLE artifact (
    id                   UUID PRIMARY KEY,
    submission_id        UUID        NOT NULL REFERENCES submission (id),
    tenant_id            TEXT        NOT NULL,
    prompt_id            TEXT        NOT NULL,
    file_name            TEXT        NOT NULL,   -- sanitized base name, for display only
    media_type           TEXT        NOT NULL,   -- detected from the content
    size                 BIGINT      NOT NULL,
    sha256               TEXT        NOT NULL,   -- hex
    storage_key          TEXT        NOT NULL UNIQUE,
    uploaded_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX artifact_by_submission ON artifact (submission_id, uploaded_at);
