-- Open Badges 3.0 credentials issued elsewhere that an earner put into their wallet (issue 14 point 5), verified on
-- the way in and re-checked in the background. The document is kept exactly as received (for a baked image, the
-- credential found in it). One per earner and credential: dedupe_key is the credential's id or, when it states none,
-- the SHA-256 of the text received.
CREATE TABLE external_credential (
    id                  UUID PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    earner_id           TEXT        NOT NULL,
    format              TEXT        NOT NULL CHECK (format IN ('json', 'jwt', 'baked-png', 'baked-svg')),
    document            TEXT        NOT NULL,
    dedupe_key          TEXT        NOT NULL,
    credential_id       TEXT,
    issuer_id           TEXT        NOT NULL,
    issuer_name         TEXT,
    issuer_known        BOOLEAN     NOT NULL,
    achievement_id      TEXT,
    achievement_name    TEXT,
    achievement_type    TEXT,
    valid_from          TIMESTAMPTZ,
    valid_until         TIMESTAMPTZ,
    subject_matches     TEXT        NOT NULL CHECK (subject_matches IN ('true', 'false', 'unknown')),
    status              TEXT        NOT NULL
        CHECK (status IN ('VALID', 'REVOKED', 'SUSPENDED', 'EXPIRED', 'UNVERIFIED')),
    status_reason       TEXT,
    verified            BOOLEAN     NOT NULL,
    checks              TEXT        NOT NULL,      -- the last verification's checks, as JSON
    submitted_at        TIMESTAMPTZ NOT NULL,
    last_checked_at     TIMESTAMPTZ NOT NULL,
    status_changed_at   TIMESTAMPTZ,
    UNIQUE (tenant_id, earner_id, dedupe_key)
);
CREATE INDEX external_credential_by_earner ON external_credential (tenant_id, earner_id, submitted_at DESC, id);
-- The re-check pass: credentials that may still change, oldest check first.
CREATE INDEX external_credential_due ON external_credential (last_checked_at)
    WHERE status IN ('VALID', 'SUSPENDED', 'UNVERIFIED');
CREATE INDEX external_credential_expiring ON external_credential (valid_until)
    WHERE status IN ('VALID', 'SUSPENDED', 'UNVERIFIED') AND valid_until IS NOT NULL;
