-- VC-API (VCALM) exchanges that deliver one award to a wallet app speaking them, the Learner Credential Wallet
-- (issue 16, exchange/, docs/wallets/lcw.md). The exchange id in the exchange and interaction URLs is the capability:
-- a random 256-bit value of which only the SHA-256 is kept. The challenge is kept in clear because the exchange
-- states it to whoever holds the URL. An exchange delivers once (completed_at, and the copy it delivered), expires,
-- and is bound to the earner and the award it was made for; failed DID authentications are counted and close it at
-- a configured number.
CREATE TABLE vcapi_exchange (
    id_hash                 TEXT PRIMARY KEY,
    tenant_id               TEXT        NOT NULL,
    credential_id           UUID        NOT NULL REFERENCES issued_credential (id),
    earner_id               TEXT        NOT NULL,
    challenge               TEXT        NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL,
    expires_at              TIMESTAMPTZ NOT NULL,
    failed_authentications  INT         NOT NULL DEFAULT 0,
    completed_at            TIMESTAMPTZ,
    holder_did              TEXT,
    copy_id                 UUID REFERENCES holder_copy (id),
    CONSTRAINT vcapi_exchange_completed_with_copy CHECK ((completed_at IS NULL) = (copy_id IS NULL))
);
CREATE INDEX vcapi_exchange_by_expiry ON vcapi_exchange (expires_at);
