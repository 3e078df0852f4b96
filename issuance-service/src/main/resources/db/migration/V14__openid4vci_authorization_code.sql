-- OpenID4VCI 1.0 authorization-code flow with PKCE (issue 16): issuance-service is the wallet's authorization server
-- and signs the earner in through Keycloak (client issuance-oid4vci). Capabilities are stored as SHA-256 only.

-- An authorization request of a wallet waiting for the earner to sign in to Keycloak; keyed by the SHA-256 of the
-- state we sent Keycloak. login_verifier is our own PKCE verifier at Keycloak: it must be sent in clear at the
-- callback, so it is kept until then (cleared when the callback comes, never shown to anyone).
CREATE TABLE oid4vci_authorization (
    state_hash         TEXT PRIMARY KEY,
    tenant_id          TEXT        NOT NULL,
    client_id          TEXT        NOT NULL,
    redirect_uri       TEXT        NOT NULL,
    wallet_state       TEXT,                               -- the wallet's own state, handed back as it came
    code_challenge     TEXT        NOT NULL,               -- the wallet's S256 challenge (itself a hash)
    offer_id_hash      TEXT,                               -- the offer its issuer_state named; null when by scope
    configuration_ids  TEXT        NOT NULL,
    login_verifier     TEXT,
    created_at         TIMESTAMPTZ NOT NULL,
    expires_at         TIMESTAMPTZ NOT NULL,
    completed_at       TIMESTAMPTZ
);
CREATE INDEX oid4vci_authorization_by_expiry ON oid4vci_authorization (expires_at);

-- Our authorization codes, given to the wallet once the earner signed in: single use, short-lived, bound to the
-- wallet's client_id, redirect_uri and PKCE challenge, to the earner and to the award(s). access_token_hash names the
-- token issued with it, revoked if the code is presented again (RFC 6749 §4.1.2).
CREATE TABLE oid4vci_authorization_code (
    code_hash          TEXT PRIMARY KEY,
    tenant_id          TEXT        NOT NULL,
    client_id          TEXT        NOT NULL,
    redirect_uri       TEXT        NOT NULL,
    code_challenge     TEXT        NOT NULL,
    earner_id          TEXT        NOT NULL,
    credential_ids     TEXT        NOT NULL,               -- comma-separated award ids
    configuration_ids  TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    expires_at         TIMESTAMPTZ NOT NULL,
    used_at            TIMESTAMPTZ,
    access_token_hash  TEXT
);
CREATE INDEX oid4vci_authorization_code_by_expiry ON oid4vci_authorization_code (expires_at);

-- An access token of the authorization-code flow may cover several awards (the earner's awards of the asked
-- configuration, one credential_identifier each); null: credential_id alone, as before.
ALTER TABLE oid4vci_access_token ADD COLUMN credential_ids TEXT;

-- An offer's issuer_state (authorization_code grant), stored as SHA-256; null for offers made before this.
ALTER TABLE oid4vci_offer ADD COLUMN issuer_state_hash TEXT UNIQUE;
