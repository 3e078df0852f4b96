-- Issue 4, enrolment side: the accepted commitment, enrolment status and the waiting list, the
-- LMS webhook inbox, and the richer dashboard.

-- An enrolment records everything the earner (or, for an LMS enrolment, the institution on the
-- learner's behalf) accepted: the version's terms as they stood at that moment, so a later version
-- of the micro-credential does not change what was agreed. Older rows accepted nothing explicitly
-- (accepted_at stays null).
ALTER TABLE enrolment
    ADD COLUMN status                 TEXT        NOT NULL DEFAULT 'ACTIVE'
        CHECK (status IN ('PENDING_CONFIRMATION', 'WAITLISTED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN', 'EXPIRED',
                          'DECLINED')),
    ADD COLUMN status_reason          TEXT,
    ADD COLUMN status_changed_at      TIMESTAMPTZ,
    ADD COLUMN source                 TEXT        NOT NULL DEFAULT 'earner' CHECK (source IN ('earner', 'lms')),
    ADD COLUMN expected_effort_hours  INT,
    ADD COLUMN activity_starts_at     TIMESTAMPTZ,
    ADD COLUMN activity_ends_at       TIMESTAMPTZ,
    ADD COLUMN obligations            TEXT,
    ADD COLUMN cost                   NUMERIC(8, 2),
    ADD COLUMN currency               TEXT,
    ADD COLUMN terms_version          TEXT,
    ADD COLUMN accepted_at            TIMESTAMPTZ,
    ADD COLUMN confirmation_mode      TEXT        NOT NULL DEFAULT 'automatic'
        CHECK (confirmation_mode IN ('automatic', 'staff')),
    ADD COLUMN inactivity_expiry_days INT,
    -- The last sign of life of the journey (enrolled, confirmed, submitted, assessed, LMS activity):
    -- the inactivity expiry counts from it.
    ADD COLUMN last_activity_at       TIMESTAMPTZ;
UPDATE enrolment SET status_changed_at = enrolled_at, last_activity_at = enrolled_at;
ALTER TABLE enrolment
    ALTER COLUMN status_changed_at SET NOT NULL,
    ALTER COLUMN last_activity_at SET NOT NULL;

-- One OPEN enrolment per earner and micro-credential: after a withdrawal, an expiry or a decline
-- the earner may enrol again, which makes a new enrolment (the old one keeps its history).
ALTER TABLE enrolment DROP CONSTRAINT IF EXISTS enrolment_tenant_id_earner_id_achievement_id_key;
CREATE UNIQUE INDEX enrolment_one_open ON enrolment (tenant_id, earner_id, achievement_id)
    WHERE status NOT IN ('WITHDRAWN', 'EXPIRED', 'DECLINED');
-- Places taken, the waiting list in arrival order, and the roster.
CREATE INDEX enrolment_by_achievement ON enrolment (achievement_id, status, enrolled_at, id);
CREATE INDEX enrolment_by_earner ON enrolment (tenant_id, earner_id, enrolled_at DESC);
CREATE INDEX enrolment_active_by_activity ON enrolment (last_activity_at) WHERE status = 'ACTIVE';

-- One row per micro-credential, locked (SELECT ... FOR UPDATE through an upsert) by every
-- transaction that takes or frees a place: concurrent enrolments are counted one after the other,
-- so they never exceed the capacity.
CREATE TABLE seat_lock (
    achievement_id UUID PRIMARY KEY,
    tenant_id      TEXT NOT NULL
);

-- The dashboard row gains what the earner needs to see: the version, the enrolment's status, the
-- dates, and what the next action depends on (the benchmark kind).
ALTER TABLE journey
    ADD COLUMN achievement_version  INT         NOT NULL DEFAULT 1,
    ADD COLUMN benchmark_kind       TEXT        NOT NULL DEFAULT 'performance',
    ADD COLUMN enrolment_status     TEXT        NOT NULL DEFAULT 'ACTIVE',
    ADD COLUMN enrolled_at          TIMESTAMPTZ,
    ADD COLUMN feedback_target_days INT         NOT NULL DEFAULT 14,
    ADD COLUMN last_submitted_at    TIMESTAMPTZ,
    ADD COLUMN decided_at           TIMESTAMPTZ,
    ADD COLUMN decided_attempt      INT,
    ADD COLUMN shared_at            TIMESTAMPTZ;
UPDATE journey j SET achievement_version = e.achievement_version, enrolled_at = e.enrolled_at
    FROM enrolment e WHERE e.id = j.enrolment_id;
UPDATE journey SET enrolled_at = updated_at WHERE enrolled_at IS NULL;
ALTER TABLE journey ALTER COLUMN enrolled_at SET NOT NULL;

-- Every final decision the earner received, with the scores per criterion: the feedback history.
-- Keyed by the event that carried it, so a redelivered decision is stored once.
CREATE TABLE journey_feedback (
    event_id      UUID PRIMARY KEY,
    enrolment_id  UUID        NOT NULL REFERENCES journey (enrolment_id),
    attempt       INT         NOT NULL,
    decision      TEXT        NOT NULL,
    basis         TEXT,
    feedback      TEXT,
    scores        TEXT        NOT NULL,   -- JSON list of assessment.CriterionScore
    score         NUMERIC(6, 2),          -- the LMS score of a progress decision
    decided_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX journey_feedback_by_enrolment ON journey_feedback (enrolment_id, attempt, decided_at);

-- Signed LMS webhook deliveries that took effect, keyed by the sender's webhook-id: the same
-- delivery again is answered with the stored result and has no second effect; a different body
-- under a used id is refused. Stored in the transaction of the effect. Kept for a retention
-- period (far longer than the 5-minute timestamp tolerance, after which a replay is stale anyway).
CREATE TABLE webhook_delivery (
    tenant_id    TEXT        NOT NULL,
    webhook_id   TEXT        NOT NULL,
    body_sha256  TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    body         TEXT        NOT NULL,
    status_code  INT         NOT NULL,
    response     TEXT        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, webhook_id)
);
CREATE INDEX webhook_delivery_by_age ON webhook_delivery (received_at);
