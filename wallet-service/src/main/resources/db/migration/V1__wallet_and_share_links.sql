-- Each earner's credentials, one row per credential id: a redelivered or re-sent credential.issued
-- finds its row and changes nothing.
CREATE TABLE wallet_credential (
    id                   UUID PRIMARY KEY,          -- the credential id issuance gave it
    tenant_id            TEXT        NOT NULL,
    earner_id            TEXT        NOT NULL,
    enrolment_id         UUID        NOT NULL,
    assessment_id        UUID,
    achievement_id       UUID        NOT NULL,
    achievement_version  INT         NOT NULL,
    achievement_name     TEXT        NOT NULL,
    issuer_name          TEXT,
    issued_at            TIMESTAMPTZ NOT NULL,
    stored_at            TIMESTAMPTZ NOT NULL,
    has_proof            BOOLEAN     NOT NULL,      -- whether the document carries a proof at all
    document             TEXT        NOT NULL       -- the Open Badges JSON exactly as received, never re-serialized
);
CREATE INDEX wallet_credential_by_earner ON wallet_credential (tenant_id, earner_id, issued_at DESC, id);

-- Public links to one credential. Only the SHA-256 of a link's token is kept, so a copy of this
-- table does not open any link.
CREATE TABLE share_link (
    id                   UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    earner_id            TEXT        NOT NULL,
    credential_id        UUID        NOT NULL REFERENCES wallet_credential (id),
    token_hash           TEXT        NOT NULL UNIQUE,   -- hex SHA-256 of the token
    created_at           TIMESTAMPTZ NOT NULL,
    expires_at           TIMESTAMPTZ NOT NULL,
    revoked_at           TIMESTAMPTZ
);
CREATE INDEX share_link_by_earner ON share_link (tenant_id, earner_id, created_at DESC);
CREATE INDEX share_link_by_credential ON share_link (credential_id, expires_at) WHERE revoked_at IS NULL;
