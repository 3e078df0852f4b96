-- LMS adapters (issue 13): what Canvas, Moodle and Open edX send, translated into the inbox's own messages.

-- One integration per platform per tenant. Canvas signs its Live Events as a JWT under keys it publishes (a JWKS):
-- jwks_url and the expected issuer. Moodle and Open edX sign with an HMAC under a shared secret, which must be read
-- back to verify: sealed (AES-256-GCM under microcred.lms.adapters.secret-key, the tenant and platform as associated
-- data), never stored in the clear.
CREATE TABLE lms_integration (
    tenant_id     TEXT        NOT NULL,
    platform      TEXT        NOT NULL CHECK (platform IN ('canvas', 'moodle', 'openedx')),
    enabled       BOOLEAN     NOT NULL,
    jwks_url      TEXT,
    issuer        TEXT,
    secret_sealed BYTEA,
    secret_nonce  BYTEA,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, platform),
    CHECK (platform <> 'canvas' OR jwks_url IS NOT NULL),
    CHECK (platform = 'canvas' OR secret_sealed IS NOT NULL)
);

-- Which micro-credential a course of the platform leads to, and what completing the course means: 'award' (ask for
-- the credential: credential.award.requested) or 'activity' (report activity_id completed: activity.completed).
-- min_grade: a completion with a lower grade (0..100) is ignored. grade_item: the platform's grade item (Canvas
-- assignment id) whose grade_change counts as completing the course.
CREATE TABLE lms_course_mapping (
    tenant_id      TEXT        NOT NULL,
    platform       TEXT        NOT NULL,
    course_id      TEXT        NOT NULL,
    achievement_id UUID        NOT NULL,
    completion     TEXT        NOT NULL CHECK (completion IN ('award', 'activity')),
    activity_id    TEXT,
    min_grade      NUMERIC(5, 2) CHECK (min_grade BETWEEN 0 AND 100),
    grade_item     TEXT,
    updated_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, platform, course_id),
    FOREIGN KEY (tenant_id, platform) REFERENCES lms_integration ON DELETE CASCADE,
    CHECK (completion = 'award' OR activity_id IS NOT NULL)
);

-- A platform event that maps to nothing (a type or a course not mapped, a grade under the threshold) is answered 2xx
-- and kept as an IGNORED delivery with its reason in `result`, so the institution can see why nothing happened.
ALTER TABLE webhook_delivery DROP CONSTRAINT IF EXISTS webhook_delivery_status_check;
ALTER TABLE webhook_delivery ADD CONSTRAINT webhook_delivery_status_check
    CHECK (status IN ('RECEIVED', 'PROCESSED', 'FAILED', 'IGNORED'));
