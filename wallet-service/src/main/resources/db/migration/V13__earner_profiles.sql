-- The earner's profile as the 1EdTech Open Badges 3.0 and CLR 2.0 APIs read and write it (GET/PUT .../profile): the
-- Profile JSON a platform last put, exactly as received. No row: the API answers the profile made from the earner's
-- account (name, verified email).
CREATE TABLE earner_profile (
    tenant_id   TEXT        NOT NULL,
    earner_id   TEXT        NOT NULL,
    document    TEXT        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, earner_id)
);
