-- "Send to my backpack" (ims/backpack/): this wallet as a client of other Open Badges 3.0 hosts. One registration per
-- host, made once (dynamic client registration) and kept, its secret sealed (AES-256-GCM under
-- microcred.wallet.backpack.secret-key, the host's base URL as associated data). One row per send: the earner's
-- credential, the host, the OAuth state (only its SHA-256: it is the callback's capability) and the PKCE verifier
-- (sealed), and how it ended.
CREATE TABLE backpack_host (
    id                  UUID PRIMARY KEY,
    base_url            TEXT        NOT NULL UNIQUE,
    name                TEXT        NOT NULL,
    authorization_url   TEXT        NOT NULL,
    token_url           TEXT        NOT NULL,
    client_id           TEXT        NOT NULL,
    client_secret       BYTEA       NOT NULL,
    client_secret_nonce BYTEA       NOT NULL,
    registered_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE backpack_send (
    id                  UUID PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    earner_id           TEXT        NOT NULL,
    credential_id       UUID        NOT NULL REFERENCES wallet_credential (id),
    host_id             UUID        NOT NULL REFERENCES backpack_host (id),
    state_hash          TEXT        NOT NULL UNIQUE,
    code_verifier       BYTEA       NOT NULL,
    code_verifier_nonce BYTEA       NOT NULL,
    status              TEXT        NOT NULL
        CHECK (status IN ('AWAITING_AUTHORIZATION', 'SENDING', 'SENT', 'FAILED')),
    outcome             TEXT,
    host_status         INT,
    created_at          TIMESTAMPTZ NOT NULL,
    expires_at          TIMESTAMPTZ NOT NULL,
    finished_at         TIMESTAMPTZ
);
CREATE INDEX backpack_send_by_earner ON backpack_send (tenant_id, earner_id, created_at DESC);
