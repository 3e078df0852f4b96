-- The catalogue as issuance needs it: one row per published version of a micro-credential,
-- built from catalogue.achievement.published. A published version is immutable.
CREATE TABLE catalogue_achievement (
    id                   BIGSERIAL PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    achievement_id       UUID        NOT NULL,
    version              INT         NOT NULL,
    name                 TEXT        NOT NULL,
    description          TEXT        NOT NULL,
    criteria_narrative   TEXT        NOT NULL,
    achievement_type     TEXT        NOT NULL,
    evidence_prompts     TEXT        NOT NULL,   -- JSON
    rubric               TEXT        NOT NULL,   -- JSON
    published_at         TIMESTAMPTZ,
    UNIQUE (tenant_id, achievement_id, version)
);

-- Issued credentials: the Open Badges 3.0 document exactly as published.
CREATE TABLE issued_credential (
    id                   UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    earner_id            TEXT        NOT NULL,
    achievement_id       UUID        NOT NULL,
    achievement_version  INT         NOT NULL,
    assessment_id        UUID        NOT NULL,
    enrolment_id         UUID        NOT NULL,
    achievement_name     TEXT        NOT NULL,
    document             TEXT        NOT NULL,   -- JSON, as published in credential.issued
    issued_at            TIMESTAMPTZ NOT NULL,
    -- Natural uniqueness: a duplicate trigger for the same award decision cannot issue twice.
    CONSTRAINT issued_credential_once
        UNIQUE (tenant_id, earner_id, achievement_id, achievement_version, assessment_id)
);
CREATE INDEX issued_credential_by_tenant ON issued_credential (tenant_id, issued_at DESC, id);
CREATE INDEX issued_credential_by_earner ON issued_credential (tenant_id, earner_id, issued_at DESC, id);

-- Awards whose achievement version has not arrived from the catalogue yet. Issued (and removed)
-- in the transaction that applies the catalogue event.
CREATE TABLE pending_award (
    id                   BIGSERIAL PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    earner_id            TEXT        NOT NULL,
    achievement_id       UUID        NOT NULL,
    achievement_version  INT         NOT NULL,
    assessment_id        UUID        NOT NULL,
    award                TEXT        NOT NULL,   -- JSON: the assessment.decided payload
    received_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (tenant_id, earner_id, achievement_id, achievement_version, assessment_id)
);
CREATE INDEX pending_award_by_achievement ON pending_award (tenant_id, achievement_id, achievement_version);
