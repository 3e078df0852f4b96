-- Holder-bound copies (issue 16): an award's credential signed again with credentialSubject.id = the holder's DID,
-- for a wallet app. A copy keeps the award's own credentialStatus entry, so revoking or suspending the award revokes
-- or suspends every copy at once; nothing here has a status of its own. One copy per award, holder and format: a
-- retried delivery finds the copy already made (holder_copy_once), and copies can be counted.
CREATE TABLE holder_copy (
    id             UUID PRIMARY KEY,                     -- the copy's own credential id (urn:uuid:<id>)
    tenant_id      TEXT        NOT NULL,
    credential_id  UUID        NOT NULL REFERENCES issued_credential (id),
    earner_id      TEXT        NOT NULL,
    holder_did     TEXT        NOT NULL,
    format         TEXT        NOT NULL CHECK (format IN ('ldp_vc', 'jwt_vc_json')),
    credential     TEXT        NOT NULL,                 -- the signed copy: JSON text, or a compact JWS
    signed_with    TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT holder_copy_once UNIQUE (credential_id, holder_did, format)
);
CREATE INDEX holder_copy_by_tenant ON holder_copy (tenant_id, credential_id);

-- OpenID4VCI 1.0 offers by reference, made by the earner for one award. The offer id (in credential_offer_uri) and
-- the pre-authorized code are random 256-bit values; only their SHA-256 is a key. The code itself is kept in clear
-- only until it is redeemed or burned, because the offer document (which anyone holding the offer URI may read)
-- must state it; the tx_code is kept as a salted SHA-256 only.
CREATE TABLE oid4vci_offer (
    id_hash             TEXT PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    credential_id       UUID        NOT NULL REFERENCES issued_credential (id),
    earner_id           TEXT        NOT NULL,
    configuration_ids   TEXT        NOT NULL,              -- comma-separated credential configuration ids
    pre_authorized_code TEXT,                              -- cleared once redeemed or burned
    code_hash           TEXT        NOT NULL UNIQUE,
    tx_code_hash        TEXT,
    tx_code_failures    INT         NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL,
    expires_at          TIMESTAMPTZ NOT NULL,
    redeemed_at         TIMESTAMPTZ,
    burned_at           TIMESTAMPTZ
);
CREATE INDEX oid4vci_offer_by_expiry ON oid4vci_offer (expires_at);

-- Access tokens of the pre-authorized code grant: opaque, stored as SHA-256, short-lived; usable until they expire
-- (a refused credential request leaves the token usable).
CREATE TABLE oid4vci_access_token (
    token_hash          TEXT PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    credential_id       UUID        NOT NULL REFERENCES issued_credential (id),
    earner_id           TEXT        NOT NULL,
    configuration_ids   TEXT        NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    expires_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX oid4vci_access_token_by_expiry ON oid4vci_access_token (expires_at);

-- c_nonce values of the nonce endpoint: single use (used_at), and they expire.
CREATE TABLE oid4vci_nonce (
    nonce       TEXT PRIMARY KEY,
    tenant_id   TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX oid4vci_nonce_by_expiry ON oid4vci_nonce (expires_at);
