-- Issue 4, catalogue side: versions of a micro-credential, its full definition, and pathways.

-- One row per (achievement id, version). Existing rows keep their id and version (all version 1).
-- An enrolment records the id AND the version it used, so the old foreign key on the id alone no
-- longer has a unique target; the service checks the reference instead.
ALTER TABLE enrolment DROP CONSTRAINT IF EXISTS enrolment_achievement_id_fkey;
ALTER TABLE achievement DROP CONSTRAINT achievement_pkey;
ALTER TABLE achievement ADD PRIMARY KEY (id, version);
ALTER TABLE achievement DROP CONSTRAINT IF EXISTS achievement_status_check;
ALTER TABLE achievement ADD CONSTRAINT achievement_status_check
    CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED'));
-- At most one draft per micro-credential: two admins starting a new version at once get a 409.
CREATE UNIQUE INDEX achievement_one_draft ON achievement (id) WHERE status = 'DRAFT';
-- Search and "current version" lookups: the tenant, the status, then the newest version of each id.
CREATE INDEX achievement_current ON achievement (tenant_id, status, id, version DESC);

ALTER TABLE achievement
    ADD COLUMN updated_at             TIMESTAMPTZ,
    ADD COLUMN retired_at             TIMESTAMPTZ,
    ADD COLUMN learning_resources     TEXT,            -- JSON list of catalogue.LearningResource
    ADD COLUMN benchmark_kind         TEXT NOT NULL DEFAULT 'performance'
        CHECK (benchmark_kind IN ('performance', 'progress')),
    ADD COLUMN progress_rule          TEXT,            -- JSON catalogue.ProgressRule
    ADD COLUMN delivery_mode          TEXT CHECK (delivery_mode IN ('online', 'in-person', 'hybrid')),
    ADD COLUMN feedback_target_days   INT  NOT NULL DEFAULT 14 CHECK (feedback_target_days BETWEEN 1 AND 90),
    ADD COLUMN max_attempts           INT  NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 10),
    ADD COLUMN second_marking         TEXT,            -- JSON catalogue.SecondMarking
    ADD COLUMN expected_effort_hours  INT  CHECK (expected_effort_hours BETWEEN 1 AND 1000),
    ADD COLUMN obligations            TEXT,
    ADD COLUMN cost                   NUMERIC(8, 2) CHECK (cost BETWEEN 0 AND 100000),
    ADD COLUMN currency               TEXT CHECK (currency ~ '^[A-Z]{3}$'),
    ADD COLUMN terms_version          TEXT NOT NULL DEFAULT '1',
    ADD COLUMN confirmation_mode      TEXT NOT NULL DEFAULT 'automatic'
        CHECK (confirmation_mode IN ('automatic', 'staff')),
    ADD COLUMN capacity               INT  CHECK (capacity BETWEEN 1 AND 100000),
    ADD COLUMN enrolment_opens_at     TIMESTAMPTZ,
    ADD COLUMN enrolment_closes_at    TIMESTAMPTZ,
    ADD COLUMN activity_starts_at     TIMESTAMPTZ,
    ADD COLUMN activity_ends_at       TIMESTAMPTZ,
    ADD COLUMN inactivity_expiry_days INT  CHECK (inactivity_expiry_days BETWEEN 1 AND 365),
    ADD CONSTRAINT achievement_cost_has_currency CHECK (cost IS NULL OR currency IS NOT NULL),
    ADD CONSTRAINT achievement_enrolment_window CHECK (enrolment_closes_at IS NULL
        OR enrolment_opens_at IS NULL OR enrolment_opens_at < enrolment_closes_at),
    ADD CONSTRAINT achievement_activity_window CHECK (activity_ends_at IS NULL
        OR activity_starts_at IS NULL OR activity_starts_at < activity_ends_at);
UPDATE achievement SET updated_at = COALESCE(published_at, created_at);
ALTER TABLE achievement ALTER COLUMN updated_at SET NOT NULL;

-- Pathways: stacks of micro-credentials (and of other pathways) toward a larger credential.
-- One row per (pathway id, version), like achievements; rule is the JSON rule tree.
CREATE TABLE pathway (
    id                 UUID        NOT NULL,
    version            INT         NOT NULL,
    tenant_id          TEXT        NOT NULL,
    status             TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    name               TEXT        NOT NULL,
    description        TEXT        NOT NULL,
    criteria_narrative TEXT        NOT NULL,
    achievement_type   TEXT        NOT NULL,
    image_url          TEXT,
    rule               TEXT        NOT NULL,   -- JSON
    created_by         TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    published_at       TIMESTAMPTZ,
    PRIMARY KEY (id, version)
);
CREATE UNIQUE INDEX pathway_one_draft ON pathway (id) WHERE status = 'DRAFT';
CREATE INDEX pathway_current ON pathway (tenant_id, status, id, version DESC);

-- Every achievement or pathway a pathway version's rule names (at any depth of its own tree):
-- which pathways contain a given micro-credential, without reading every rule.
CREATE TABLE pathway_ref (
    pathway_id      UUID NOT NULL,
    pathway_version INT  NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('achievement', 'pathway')),
    ref_id          UUID NOT NULL,
    PRIMARY KEY (pathway_id, pathway_version, kind, ref_id)
);
CREATE INDEX pathway_ref_by_target ON pathway_ref (kind, ref_id);

-- Micro-credential credentials an earner holds, as credential.issued announced them (one row per
-- credential: a redelivered event finds its row).
CREATE TABLE earned_credential (
    credential_id       UUID PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    earner_id           TEXT        NOT NULL,
    earner_email        TEXT,
    earner_name         TEXT,
    achievement_id      UUID        NOT NULL,
    achievement_version INT         NOT NULL,
    achievement_name    TEXT        NOT NULL,
    issued_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX earned_credential_by_earner ON earned_credential (tenant_id, earner_id);

-- A pathway version completed by an earner: enrolment.pathway.completed went out once for it.
CREATE TABLE pathway_completion (
    tenant_id       TEXT        NOT NULL,
    earner_id       TEXT        NOT NULL,
    pathway_id      UUID        NOT NULL,
    pathway_version INT         NOT NULL,
    completed_at    TIMESTAMPTZ NOT NULL,
    components      TEXT        NOT NULL,   -- JSON list of enrolment.PathwayComponent
    PRIMARY KEY (tenant_id, earner_id, pathway_id, pathway_version)
);

-- The stacked credential issued for a completed pathway (credential.issued with a pathwayId).
CREATE TABLE pathway_credential (
    credential_id UUID PRIMARY KEY,
    tenant_id     TEXT NOT NULL,
    earner_id     TEXT NOT NULL,
    pathway_id    UUID NOT NULL
);
CREATE INDEX pathway_credential_by_earner ON pathway_credential (tenant_id, earner_id, pathway_id);
