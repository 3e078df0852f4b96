-- LMS webhook deliveries become an inbox (ARCHITECTURE.md: "verified, stored raw in an inbox table
-- keyed by the sender's delivery id, answered 202, processed from the inbox"); credential statuses
-- from issuance; retired pathways.

-- A delivery is stored RECEIVED as soon as it is verified, then applied by InboxProcessor:
-- PROCESSED with its result, or FAILED with the problem it met. `seq` is the order of arrival the
-- processor follows within a tenant. A failure caused by state (no enrolment yet) is retried:
-- `attempts` so far, `next_attempt_at` when the next one is due (null: at once).
ALTER TABLE webhook_delivery
    ADD COLUMN seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    ADD COLUMN status          TEXT        NOT NULL DEFAULT 'RECEIVED'
        CHECK (status IN ('RECEIVED', 'PROCESSED', 'FAILED')),
    ADD COLUMN attempts        INT         NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMPTZ,
    ADD COLUMN processed_at    TIMESTAMPTZ,
    ADD COLUMN result          TEXT,       -- JSON: {enrolmentId, status, created} or {enrolmentId, status, reportId}
    ADD COLUMN problem         TEXT;       -- JSON: the RFC 9457 problem of a FAILED delivery
-- Rows of the synchronous webhook took effect when they were stored (refusals were never stored).
UPDATE webhook_delivery SET status = 'PROCESSED', processed_at = received_at, result = response;
ALTER TABLE webhook_delivery DROP COLUMN status_code, DROP COLUMN response;
CREATE UNIQUE INDEX webhook_delivery_seq ON webhook_delivery (seq);
-- What the processor looks for: the waiting deliveries of each tenant in arrival order.
CREATE INDEX webhook_delivery_waiting ON webhook_delivery (tenant_id, seq) WHERE status = 'RECEIVED';

-- The latest status of each credential issuance announced (credential.status.changed): REVOKED ones
-- no longer count toward pathways; the dashboard shows the status of each journey's credential.
-- Keyed by credential, so it does not matter whether the status or the credential arrives first.
CREATE TABLE credential_status (
    credential_id UUID PRIMARY KEY,
    tenant_id     TEXT        NOT NULL,
    earner_id     TEXT        NOT NULL,
    enrolment_id  UUID,
    status        TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    reason        TEXT,
    changed_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX credential_status_revoked ON credential_status (tenant_id, earner_id) WHERE status = 'REVOKED';

-- A retired pathway is no longer offered or evaluated (POST /api/v1/pathways/{id}/retire).
ALTER TABLE pathway ADD COLUMN retired_at TIMESTAMPTZ;
