-- Issue 14, point 1: approval before publication. A draft version of a micro-credential or pathway is submitted for
-- review (IN_REVIEW), then approved (PUBLISHED) or rejected (a DRAFT again, rejected_at set) by a release-manager.

ALTER TABLE achievement DROP CONSTRAINT IF EXISTS achievement_status_check;
ALTER TABLE achievement ADD CONSTRAINT achievement_status_check
    CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED'));
ALTER TABLE pathway DROP CONSTRAINT IF EXISTS pathway_status_check;
ALTER TABLE pathway ADD CONSTRAINT pathway_status_check
    CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED'));

-- A version in review is still the one unpublished version: a new version waits until it is decided.
DROP INDEX achievement_one_draft;
CREATE UNIQUE INDEX achievement_one_draft ON achievement (id) WHERE status IN ('DRAFT', 'IN_REVIEW');
DROP INDEX pathway_one_draft;
CREATE UNIQUE INDEX pathway_one_draft ON pathway (id) WHERE status IN ('DRAFT', 'IN_REVIEW');

-- Who submitted the version now in review (the four-eyes rule: neither they nor the draft's creator approves it),
-- and when its last review rejected it (null once submitted again).
ALTER TABLE achievement
    ADD COLUMN submitted_by TEXT,
    ADD COLUMN submitted_at TIMESTAMPTZ,
    ADD COLUMN rejected_at  TIMESTAMPTZ;
ALTER TABLE pathway
    ADD COLUMN submitted_by TEXT,
    ADD COLUMN submitted_at TIMESTAMPTZ,
    ADD COLUMN rejected_at  TIMESTAMPTZ;

-- Every review step of a version, append-only: who, in which role, what, the comment, when.
CREATE TABLE version_review (
    id            UUID        PRIMARY KEY,
    tenant_id     TEXT        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('achievement', 'pathway')),
    definition_id UUID        NOT NULL,
    version       INT         NOT NULL,
    action        TEXT        NOT NULL CHECK (action IN ('SUBMITTED', 'WITHDRAWN', 'APPROVED', 'REJECTED',
                                                         'PUBLISHED', 'RETIRED')),
    actor_id      TEXT        NOT NULL,
    actor_role    TEXT        NOT NULL,
    comment       TEXT        CHECK (char_length(comment) <= 2000),
    occurred_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX version_review_of ON version_review (tenant_id, kind, definition_id, version, occurred_at);

-- Per tenant: whether publication needs a release-manager's approval. No row: it does (the default).
CREATE TABLE governance_setting (
    tenant_id            TEXT        PRIMARY KEY,
    publication_approval BOOLEAN     NOT NULL,
    updated_by           TEXT        NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);
