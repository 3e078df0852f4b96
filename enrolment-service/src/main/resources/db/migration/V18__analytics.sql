-- Program analytics (package analytics; docs/analytics.md): a projection of the events of every stage, per tenant,
-- written only by the analytics consumer (consumer name "analytics" in processed_event). Each column holds the
-- earliest time an event of its stage was seen, so a redelivered event or a later stage arriving before an earlier one
-- (they travel on different topics) leaves the same rows.

-- One row per enrolment: when it reached each stage of the funnel.
CREATE TABLE analytics_enrolment (
    tenant_id            TEXT        NOT NULL,
    enrolment_id         UUID        NOT NULL,
    achievement_id       UUID,
    achievement_version  INT,
    -- SHA-256 of the earner id: counts distinct earners in a pathway, names nobody.
    earner_key           TEXT,
    enrolled_at          TIMESTAMPTZ,
    started_at           TIMESTAMPTZ,
    submitted_at         TIMESTAMPTZ,
    in_review_at         TIMESTAMPTZ,
    revise_at            TIMESTAMPTZ,
    awarded_at           TIMESTAMPTZ,
    denied_at            TIMESTAMPTZ,
    issued_at            TIMESTAMPTZ,
    shared_at            TIMESTAMPTZ,
    withdrawn_at         TIMESTAMPTZ,
    expired_at           TIMESTAMPTZ,
    award_attempt        INT,
    credential_id        UUID,
    PRIMARY KEY (tenant_id, enrolment_id)
);
CREATE INDEX analytics_enrolment_cohort ON analytics_enrolment (tenant_id, achievement_id, enrolled_at);
CREATE INDEX analytics_enrolment_earner ON analytics_enrolment (tenant_id, earner_key);

-- One row per attempt (submission): when it was submitted and decided, and how.
CREATE TABLE analytics_attempt (
    tenant_id            TEXT        NOT NULL,
    enrolment_id         UUID        NOT NULL,
    attempt              INT         NOT NULL,
    submitted_at         TIMESTAMPTZ,
    decided_at           TIMESTAMPTZ,
    decision             TEXT,
    basis                TEXT,
    second_marked        BOOLEAN,
    markers_agreed       BOOLEAN,
    -- [{"criterionId": ..., "levelId": ...}] as decided (no feedback text)
    scores               JSONB,
    PRIMARY KEY (tenant_id, enrolment_id, attempt)
);

-- One row per issued credential of a micro-credential, and when a learner without an account claimed it.
CREATE TABLE analytics_credential (
    tenant_id            TEXT        NOT NULL,
    credential_id        UUID        NOT NULL,
    enrolment_id         UUID,
    issued_at            TIMESTAMPTZ,
    claimed_at           TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, credential_id)
);
CREATE INDEX analytics_credential_enrolment ON analytics_credential (tenant_id, enrolment_id);

-- One row per share link, and how often its page was opened (the highest count wallet.share.opened reported).
CREATE TABLE analytics_share (
    tenant_id            TEXT        NOT NULL,
    share_id             UUID        NOT NULL,
    credential_id        UUID,
    enrolment_id         UUID,
    shared_at            TIMESTAMPTZ,
    open_count           BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, share_id)
);
CREATE INDEX analytics_share_enrolment ON analytics_share (tenant_id, enrolment_id);

-- Completions of a pathway version, one per earner.
CREATE TABLE analytics_pathway_completion (
    tenant_id            TEXT        NOT NULL,
    pathway_id           UUID        NOT NULL,
    pathway_version      INT         NOT NULL,
    earner_key           TEXT        NOT NULL,
    completed_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, pathway_id, pathway_version, earner_key)
);

-- The learner survey after award: a few questions per micro-credential (issuer-admins), the answers without the earner
-- (nor the enrolment, nor a time: nothing ties an answer back to a person), and apart from them, which enrolments
-- answered (so an earner answers once).
CREATE TABLE analytics_survey (
    tenant_id            TEXT        NOT NULL,
    achievement_id       UUID        NOT NULL,
    questions            JSONB       NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, achievement_id)
);

CREATE TABLE analytics_survey_answered (
    tenant_id            TEXT        NOT NULL,
    enrolment_id         UUID        NOT NULL,
    PRIMARY KEY (tenant_id, enrolment_id)
);

CREATE TABLE analytics_survey_answer (
    id                   BIGSERIAL   PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    achievement_id       UUID        NOT NULL,
    achievement_version  INT         NOT NULL,
    response_id          UUID        NOT NULL,
    question_id          TEXT        NOT NULL,
    value                TEXT        NOT NULL
);
CREATE INDEX analytics_survey_answer_by_achievement ON analytics_survey_answer (tenant_id, achievement_id);
