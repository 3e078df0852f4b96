-- Credentials an institution's own systems had signed through the VC-API (POST /api/v1/issuers/{tenant}/credentials/issue),
-- recorded by the id they state so that /credentials/status can revoke, suspend and reinstate them. The document itself is
-- not kept: it is the institution's. Their status slots come from the same lists (and the same allocation) as the
-- awards' (status_list): the revocation slot is unique across both tables because both take it from the list's counter,
-- and the suspension slot is its twin (same list number and index). A purpose the credential does not state is null.
CREATE TABLE vcapi_credential (
    id                  BIGSERIAL   PRIMARY KEY,
    tenant_id           TEXT        NOT NULL,
    credential_id       TEXT        NOT NULL CHECK (length(credential_id) <= 2048),
    signed_with         TEXT        NOT NULL,   -- key id of the proof
    issued_at           TIMESTAMPTZ NOT NULL,
    issued_by           TEXT        NOT NULL,   -- the client's token subject (its service account)
    revocation_list     INT,
    revocation_index    INT,
    suspension_list     INT,
    suspension_index    INT,
    status              TEXT        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    status_changed_at   TIMESTAMPTZ,
    CHECK ((revocation_list IS NULL) = (revocation_index IS NULL)),
    CHECK ((suspension_list IS NULL) = (suspension_index IS NULL)),
    UNIQUE (tenant_id, credential_id)
);
CREATE UNIQUE INDEX vcapi_credential_revocation_slot
    ON vcapi_credential (tenant_id, revocation_list, revocation_index) WHERE revocation_index IS NOT NULL;
CREATE UNIQUE INDEX vcapi_credential_suspension_slot
    ON vcapi_credential (tenant_id, suspension_list, suspension_index) WHERE suspension_index IS NOT NULL;
