-- Recognition of credentials from elsewhere (issue 14, point 5): an earner's Open Badges 3.0 credential from another
-- issuer, verified and kept by the wallet (wallet.external-credential.submitted), becomes a request here; an
-- issuer-admin of the earner's institution accepts it as equivalent to one micro-credential of one pathway, or
-- refuses it. One row per external credential and tenant.
--
-- status: PENDING (to decide), ACCEPTED, REFUSED, or VOID (the credential was revoked, suspended, expired, could not
--   be verified again, or removed from the wallet, before or after acceptance; a suspended or unverified one that
--   turns VALID again goes back to what it was: void_from).
-- credential_status: the wallet's last word on it (VALID, REVOKED, SUSPENDED, EXPIRED, UNVERIFIED, REMOVED).
-- An ACCEPTED row counts toward its pathway while credential_status is VALID and valid_until (if any) is after the
-- moment of evaluation.
CREATE TABLE recognition (
    id                        UUID PRIMARY KEY,
    tenant_id                 TEXT        NOT NULL,
    earner_id                 TEXT        NOT NULL,
    external_credential_id    UUID        NOT NULL,
    format                    TEXT,
    issuer_id                 TEXT,
    issuer_name               TEXT,
    issuer_known              BOOLEAN     NOT NULL,
    external_achievement_id   TEXT,
    external_achievement_name TEXT,
    external_achievement_type TEXT,
    valid_from                TIMESTAMPTZ,
    valid_until               TIMESTAMPTZ,
    subject_matches           TEXT,
    submitted_at              TIMESTAMPTZ NOT NULL,
    status                    TEXT        NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'REFUSED', 'VOID')),
    void_from                 TEXT CHECK (void_from IN ('PENDING', 'ACCEPTED')),
    credential_status         TEXT        NOT NULL,
    credential_status_reason  TEXT,
    credential_status_at      TIMESTAMPTZ,
    pathway_id                UUID,
    pathway_version           INT,
    component_achievement_id  UUID,
    component_version         INT,
    component_name            TEXT,
    reason                    TEXT,
    decided_by                TEXT,
    decided_at                TIMESTAMPTZ,
    created_at                TIMESTAMPTZ NOT NULL,
    CONSTRAINT recognition_once UNIQUE (tenant_id, external_credential_id),
    CONSTRAINT recognition_accepted_names_component CHECK (
        (status = 'ACCEPTED' OR void_from = 'ACCEPTED') = (pathway_id IS NOT NULL AND component_achievement_id IS NOT NULL))
);
CREATE INDEX recognition_by_status ON recognition (tenant_id, status, created_at, id);
CREATE INDEX recognition_by_earner ON recognition (tenant_id, earner_id);
