-- LMS award requests (credential.award.requested, issue 13): one row per learner and micro-credential version, so a
-- second request for the same learner and version (another webhook id, a resent batch row) issues nothing again and
-- answers the first request's result.
CREATE TABLE lms_award (
    id                  UUID        PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    -- The learner's user id here, or the stand-in 'unclaimed:<sha-256 of the lower-cased email>' of a learner without
    -- an account yet (re-keyed to the user id when they claim).
    earner_id           TEXT        NOT NULL,
    earner_email        TEXT,
    student_id          TEXT,
    achievement_id      UUID        NOT NULL,
    achievement_version INT         NOT NULL,
    enrolment_id        UUID        NOT NULL,
    -- The request that made it: the inbox delivery's webhook id.
    webhook_id          TEXT        NOT NULL,
    requested_at        TIMESTAMPTZ NOT NULL,
    -- For a learner without an account: the claim offer. The link's secret is kept so that a repeated request can
    -- answer the same link (the link alone is not enough: the wallet also asks for the same verified email).
    claim_id            UUID,
    claim_token         TEXT,
    claim_expires_at    TIMESTAMPTZ,
    CONSTRAINT lms_award_once UNIQUE (tenant_id, earner_id, achievement_id, achievement_version)
);
CREATE INDEX lms_award_by_enrolment ON lms_award (enrolment_id);

-- An award request names its learner by email: find the account that enrolled with that (verified) email.
CREATE INDEX enrolment_by_email ON enrolment (tenant_id, lower(earner_email));
