-- The release gate (issue 14): a micro-credential version may ask that its awards wait for a release-manager.
ALTER TABLE catalogue_achievement ADD COLUMN release_gate BOOLEAN NOT NULL DEFAULT FALSE;

-- Awards of a gated version: kept unsigned until a release-manager releases them. The release signs the credential
-- in the same transaction that marks the row RELEASED and names the credential, so a release is never lost nor
-- issued twice. One row per award decision (the credential's natural key).
CREATE TABLE award_release (
    id                   UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    earner_id            TEXT        NOT NULL,
    achievement_id       UUID        NOT NULL,
    achievement_version  INT         NOT NULL,
    assessment_id        UUID        NOT NULL,
    enrolment_id         UUID        NOT NULL,
    achievement_name     TEXT        NOT NULL,
    award                TEXT        NOT NULL,   -- JSON: the assessment.decided payload
    state                TEXT        NOT NULL CHECK (state IN ('AWAITING_RELEASE', 'HELD', 'RELEASED')),
    awarded_at           TIMESTAMPTZ NOT NULL,
    hold_reason          TEXT,
    reason_shared        BOOLEAN     NOT NULL DEFAULT FALSE,
    held_by              TEXT,
    held_at              TIMESTAMPTZ,
    released_by          TEXT,
    released_at          TIMESTAMPTZ,
    credential_id        UUID,
    CONSTRAINT award_release_once
        UNIQUE (tenant_id, earner_id, achievement_id, achievement_version, assessment_id)
);
CREATE INDEX award_release_by_awarded ON award_release (tenant_id, awarded_at, id);
CREATE INDEX award_release_by_version ON award_release (tenant_id, achievement_id, achievement_version, state);
