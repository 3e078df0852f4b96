-- One claim offer per stand-in (issue 13): a learner without an account gets their claim link the first time an LMS
-- gives them anything in the tenant (an enrolment or an award), and every later request answers the same link. The
-- wallet claims every credential of the stand-in at once, so one link suffices. An expired offer is replaced by a
-- fresh one (new claim id and secret) at the next request; a claimed one ('wallet.credentials.claimed') is kept with
-- claimed_at set, and no new link follows (the email then resolves to the account).
CREATE TABLE lms_claim_offer (
    tenant_id    TEXT        NOT NULL,
    -- The stand-in 'unclaimed:<sha-256 of the lower-cased email>'.
    earner_id    TEXT        NOT NULL,
    earner_email TEXT        NOT NULL,
    claim_id     UUID        NOT NULL,
    -- The link's secret, kept to answer later requests with the same link (the wallet holds only its SHA-256).
    claim_token  TEXT        NOT NULL,
    offered_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    claimed_at   TIMESTAMPTZ,
    claimed_by   TEXT,
    PRIMARY KEY (tenant_id, earner_id)
);

-- The offers made per award before this table: the newest of each stand-in becomes its offer.
INSERT INTO lms_claim_offer (tenant_id, earner_id, earner_email, claim_id, claim_token, offered_at, expires_at)
SELECT DISTINCT ON (tenant_id, earner_id) tenant_id, earner_id, earner_email, claim_id, claim_token, requested_at,
       claim_expires_at
  FROM lms_award
 WHERE claim_id IS NOT NULL AND claim_token IS NOT NULL AND claim_expires_at IS NOT NULL
   AND earner_email IS NOT NULL AND earner_id LIKE 'unclaimed:%'
 ORDER BY tenant_id, earner_id, requested_at DESC;
