-- The stand-in earner ids ('unclaimed:' + SHA-256 of the email) that learners claimed in the wallet
-- (wallet.credentials.claimed), as this service consumed them. A credential issued to a claimed stand-in after the
-- claim is recorded under the claimer (issued_credential.earner_id); the signed document is not changed. One row per
-- stand-in: the wallet lets one earner claim it, and a second claim event changes nothing.
CREATE TABLE claimed_identity (
    tenant_id            TEXT        NOT NULL,
    unclaimed_earner_id  TEXT        NOT NULL CHECK (unclaimed_earner_id LIKE 'unclaimed:%'),
    earner_id            TEXT        NOT NULL,
    claimed_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, unclaimed_earner_id)
);
