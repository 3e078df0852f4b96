-- Issue 4: the read model keeps everything assessment needs from a version, not only its rubric.
ALTER TABLE achievement_rubric RENAME TO achievement_version;
-- A progress micro-credential may have no rubric.
ALTER TABLE achievement_version ALTER COLUMN rubric DROP NOT NULL;
-- Defaults are applied when the event is projected, so the columns hold the values in force.
ALTER TABLE achievement_version
    ADD COLUMN benchmark_kind          TEXT NOT NULL DEFAULT 'performance'
        CHECK (benchmark_kind IN ('performance', 'progress')),
    ADD COLUMN progress_rule           TEXT,      -- JSON {activityId, measure, minScore}; progress only
    ADD COLUMN feedback_target_days    INT  NOT NULL DEFAULT 14 CHECK (feedback_target_days > 0),
    ADD COLUMN max_attempts            INT  NOT NULL DEFAULT 3 CHECK (max_attempts > 0),
    ADD COLUMN second_marking_mode     TEXT NOT NULL DEFAULT 'none'
        CHECK (second_marking_mode IN ('none', 'all', 'sample')),
    ADD COLUMN second_marking_percent  INT CHECK (second_marking_percent BETWEEN 1 AND 100),
    ADD CONSTRAINT achievement_version_progress_has_rule
        CHECK (benchmark_kind <> 'progress' OR progress_rule IS NOT NULL),
    ADD CONSTRAINT achievement_version_performance_has_rubric
        CHECK (benchmark_kind <> 'performance' OR rubric IS NOT NULL);

-- Tasks are claimed, assigned, second-marked and withdrawn; progress decisions are tasks too (no
-- submission, no assessor), so the earner's feedback and the decision events have one source.
ALTER TABLE assessment_task DROP CONSTRAINT assessment_task_status_check;
ALTER TABLE assessment_task ADD CONSTRAINT assessment_task_status_check CHECK (status IN
    ('PENDING', 'IN_REVIEW', 'AWAITING_SECOND_MARK', 'SECOND_REVIEW', 'DECIDED', 'WITHDRAWN'));
ALTER TABLE assessment_task ALTER COLUMN submission_id DROP NOT NULL;
ALTER TABLE assessment_task
    ADD COLUMN basis                TEXT    NOT NULL DEFAULT 'rubric' CHECK (basis IN ('rubric', 'progress')),
    ADD COLUMN links                TEXT    NOT NULL DEFAULT '[]',   -- JSON: the link evidence
    ADD COLUMN assigned_to          TEXT,    -- the first marker (Keycloak user id)
    ADD COLUMN second_marker        TEXT,    -- the second marker, when the award is second-marked
    ADD COLUMN assignment_sequence  BIGINT  NOT NULL DEFAULT 0,  -- of the last assessment.assigned
    ADD COLUMN markers_agreed       BOOLEAN,
    ADD COLUMN total_points         NUMERIC(14, 4),  -- weighted, of the final judgement
    ADD COLUMN max_points           NUMERIC(14, 4),
    ADD COLUMN score                NUMERIC(7, 3),   -- progress: the reported score
    ADD COLUMN activity_id          TEXT,            -- progress: the activity reported
    ADD COLUMN report_id            UUID,            -- progress: the LMS report decided
    ADD CONSTRAINT assessment_task_rubric_has_submission CHECK (basis <> 'rubric' OR submission_id IS NOT NULL);
-- A progress micro-credential is awarded at most once per enrolment, whatever reports arrive.
CREATE UNIQUE INDEX assessment_task_one_progress_award ON assessment_task (tenant_id, enrolment_id)
    WHERE basis = 'progress' AND decision = 'AWARD';
-- One decision per LMS report, even when the report comes again under another event id.
CREATE UNIQUE INDEX assessment_task_one_per_report ON assessment_task (tenant_id, report_id)
    WHERE report_id IS NOT NULL;
CREATE INDEX assessment_task_by_enrolment ON assessment_task (tenant_id, enrolment_id);

-- Every judgement of a task: the first marker's and, when second-marked, the second marker's. The
-- task keeps the final one; both are kept here, so disagreements can be reviewed.
CREATE TABLE assessment_judgement (
    id            UUID PRIMARY KEY,
    task_id       UUID        NOT NULL REFERENCES assessment_task (id),
    tenant_id     TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('first', 'second')),
    assessor_id   TEXT        NOT NULL,
    outcome       TEXT        NOT NULL CHECK (outcome IN ('AWARD', 'REVISE', 'DENY')),
    scores        TEXT        NOT NULL,   -- JSON: level and feedback per criterion
    feedback      TEXT        NOT NULL,
    total_points  NUMERIC(14, 4),
    max_points    NUMERIC(14, 4),
    decided_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT assessment_judgement_one_per_role UNIQUE (task_id, role)
);
-- Decisions made before second marking existed were first (and final) judgements.
INSERT INTO assessment_judgement (id, task_id, tenant_id, role, assessor_id, outcome, scores, feedback, decided_at)
SELECT gen_random_uuid(), id, tenant_id, 'first', assessor_id, decision, scores, feedback, decided_at
FROM assessment_task WHERE status = 'DECIDED' AND assessor_id IS NOT NULL AND scores IS NOT NULL
    AND feedback IS NOT NULL;
UPDATE assessment_task SET assigned_to = assessor_id WHERE status = 'DECIDED';

-- Enrolments that ended (withdrawn, expired, declined), from enrolment.status.changed. Kept because
-- the status change may arrive before the submission or the LMS report it must stop.
CREATE TABLE closed_enrolment (
    tenant_id     TEXT        NOT NULL,
    enrolment_id  UUID        NOT NULL,
    earner_id     TEXT,
    status        TEXT        NOT NULL CHECK (status IN ('WITHDRAWN', 'EXPIRED', 'DECLINED')),
    closed_at     TIMESTAMPTZ NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, enrolment_id)
);

-- LMS reports of a version whose catalogue event has not arrived yet: decided when it does.
CREATE TABLE parked_progress_report (
    tenant_id            TEXT        NOT NULL,
    report_id            UUID        NOT NULL,
    enrolment_id         UUID        NOT NULL,
    achievement_id       UUID        NOT NULL,
    achievement_version  INT         NOT NULL,
    report               TEXT        NOT NULL,   -- JSON: the ActivityReported payload
    occurred_at          TIMESTAMPTZ NOT NULL,
    parked_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, report_id)
);
CREATE INDEX parked_progress_report_by_version
    ON parked_progress_report (tenant_id, achievement_id, achievement_version, occurred_at);
