-- The latest status issuance announced for a credential (credential.status.changed). Kept apart from
-- wallet_credential, without a foreign key: a status change is never lost, even if it were to
-- arrive before its credential; the wallet joins the two when it shows a credential.
CREATE TABLE credential_status (
    credential_id        UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    earner_id            TEXT        NOT NULL,
    status               TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    reason               TEXT,
    changed_by           TEXT,
    changed_at           TIMESTAMPTZ NOT NULL       -- the change a later one must be newer than to win
);
