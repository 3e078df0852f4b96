-- Signing keys of each issuer (tenant): Ed25519, the private seed sealed with AES-256-GCM under the
-- master key (MICROCRED_MASTER_KEY), with the tenant and key id as associated data, so a sealed seed
-- copied to another row or tenant does not open. The master key itself is never stored.
CREATE TABLE issuer_key (
    id                    BIGSERIAL PRIMARY KEY,
    tenant_id             TEXT        NOT NULL,
    key_id                TEXT        NOT NULL,
    public_key_multibase  TEXT        NOT NULL,
    sealed_seed           BYTEA       NOT NULL,   -- ciphertext and 128-bit GCM tag of the 32-byte seed
    nonce                 BYTEA       NOT NULL,   -- 96 bits, fresh for each encryption
    state                 TEXT        NOT NULL CHECK (state IN ('ACTIVE', 'RETIRED', 'COMPROMISED')),
    created_at            TIMESTAMPTZ NOT NULL,
    retired_at            TIMESTAMPTZ,
    compromised_at        TIMESTAMPTZ,
    compromise_reason     TEXT,
    UNIQUE (tenant_id, key_id)
);
-- At most one key signs new credentials.
CREATE UNIQUE INDEX issuer_key_one_active ON issuer_key (tenant_id) WHERE state = 'ACTIVE';

-- Bitstring Status Lists, per tenant and purpose, numbered from 1. next_index is the allocation
-- counter (the row is locked while a credential takes a slot); document is the signed
-- BitstringStatusListCredential as served, re-signed only when a bit changes.
CREATE TABLE status_list (
    id                    BIGSERIAL PRIMARY KEY,
    tenant_id             TEXT        NOT NULL,
    purpose               TEXT        NOT NULL CHECK (purpose IN ('REVOCATION', 'SUSPENSION')),
    list_number           INT         NOT NULL CHECK (list_number >= 1),
    size                  INT         NOT NULL CHECK (size > 0),
    next_index            INT         NOT NULL,
    encoded_list          TEXT        NOT NULL,   -- GZIP + multibase base64url, as in the document
    document              TEXT        NOT NULL,
    signed_with           TEXT        NOT NULL,   -- key id of the document's proof
    updated_at            TIMESTAMPTZ NOT NULL,
    CHECK (next_index BETWEEN 0 AND size),
    UNIQUE (tenant_id, purpose, list_number)
);

-- Credentials issued before this version are unsigned and have no status entries: their columns
-- stay null, and their status cannot be changed.
ALTER TABLE issued_credential
    ADD COLUMN signed_with        TEXT,
    ADD COLUMN revocation_list    INT,
    ADD COLUMN revocation_index   INT,
    ADD COLUMN suspension_list    INT,
    ADD COLUMN suspension_index   INT,
    ADD COLUMN status             TEXT NOT NULL DEFAULT 'ACTIVE'
        CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    ADD COLUMN status_reason      TEXT,
    ADD COLUMN status_changed_by  TEXT,
    ADD COLUMN status_changed_at  TIMESTAMPTZ;
-- A status list slot belongs to one credential.
CREATE UNIQUE INDEX issued_credential_revocation_slot
    ON issued_credential (tenant_id, revocation_list, revocation_index) WHERE revocation_index IS NOT NULL;
CREATE UNIQUE INDEX issued_credential_suspension_slot
    ON issued_credential (tenant_id, suspension_list, suspension_index) WHERE suspension_index IS NOT NULL;
CREATE INDEX issued_credential_by_key ON issued_credential (tenant_id, signed_with);
