-- Credentials for learners without an account yet (issue 13): enrolment-service offers a claim
-- (enrolment.claim.offered) and the credential is issued to a stand-in earner id, 'unclaimed:' + SHA-256 of the
-- lower-cased email. Only the SHA-256 of the claim link's secret is kept, so a copy of this table claims nothing.
-- The claim id is enrolment's, so a re-sent offer finds its row and changes nothing.
CREATE TABLE claim_offer (
    claim_id             UUID PRIMARY KEY,
    tenant_id            TEXT        NOT NULL,
    unclaimed_earner_id  TEXT        NOT NULL CHECK (unclaimed_earner_id LIKE 'unclaimed:%'),
    earner_email         TEXT        NOT NULL,
    earner_name          TEXT,
    token_hash           TEXT        NOT NULL,      -- hex SHA-256 of the claim link's secret
    expires_at           TIMESTAMPTZ NOT NULL,
    enrolment_id         UUID,
    achievement_id       UUID,
    achievement_version  INT         NOT NULL,
    offered_at           TIMESTAMPTZ NOT NULL,
    claimed_at           TIMESTAMPTZ,               -- set once: a claim link works one time
    claimed_by           TEXT,                      -- the earner id (token sub) that claimed it
    UNIQUE (tenant_id, token_hash),
    CHECK ((claimed_at IS NULL) = (claimed_by IS NULL))
);
CREATE INDEX claim_offer_by_tenant ON claim_offer (tenant_id, offered_at DESC, claim_id);

-- A stand-in earner id, once claimed, is that earner for good: credentials arriving later for the stand-in are
-- stored under the earner's own id. One row per stand-in, so two earners cannot both claim it.
CREATE TABLE claimed_identity (
    tenant_id            TEXT        NOT NULL,
    unclaimed_earner_id  TEXT        NOT NULL,
    earner_id            TEXT        NOT NULL,
    claimed_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, unclaimed_earner_id)
);

-- The issuer-admin's list of offers says whether each one's credential has arrived (by its enrolment).
CREATE INDEX wallet_credential_by_enrolment ON wallet_credential (tenant_id, enrolment_id);
