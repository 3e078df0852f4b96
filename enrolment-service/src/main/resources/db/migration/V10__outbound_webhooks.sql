-- Outbound webhooks (org.microcred.enrolment.outbound): an institution's own endpoints, subscribed to event types,
-- receive Standard Webhooks deliveries. README "Outbound webhooks".
CREATE TABLE outbound_endpoint (
    id                       UUID        PRIMARY KEY,
    tenant_id                TEXT        NOT NULL,
    url                      TEXT        NOT NULL,
    -- The subscribed types, comma-separated (each one of OutboundEventTypes).
    event_types              TEXT        NOT NULL,
    description              TEXT,
    contact_email            TEXT,
    enabled                  BOOLEAN     NOT NULL,
    -- Why the sender disabled it (retries exhausted); null when enabled or disabled by an admin.
    disabled_reason          TEXT,
    -- The signing secret (whsec_...), sealed with AES-256-GCM under microcred.outbound.secret-key; never in clear.
    secret_sealed            TEXT        NOT NULL,
    -- The secret before the last rotation: it signs too until previous_secret_until.
    previous_secret_sealed   TEXT,
    previous_secret_until    TIMESTAMPTZ,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX outbound_endpoint_tenant ON outbound_endpoint (tenant_id, created_at);

-- One message to one endpoint: written in the transaction that consumed its event (the outbox of this feature),
-- sent by OutboundSender in seq order per (endpoint, subject).
CREATE TABLE outbound_delivery (
    id               UUID        PRIMARY KEY,
    seq              BIGSERIAL   NOT NULL UNIQUE,
    tenant_id        TEXT        NOT NULL,
    endpoint_id      UUID        NOT NULL REFERENCES outbound_endpoint (id) ON DELETE CASCADE,
    event_id         UUID        NOT NULL,
    type             TEXT        NOT NULL,
    subject          TEXT        NOT NULL,
    -- The exact bytes signed and sent: {"type","timestamp","data"}.
    body             TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    -- Attempts of the current round (a replay starts a new round at 0).
    attempts         INT         NOT NULL DEFAULT 0,
    round            INT         NOT NULL DEFAULT 1,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ,
    CONSTRAINT outbound_delivery_once UNIQUE (endpoint_id, event_id, type)
);
CREATE INDEX outbound_delivery_due ON outbound_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX outbound_delivery_queue ON outbound_delivery (endpoint_id, subject, seq) WHERE status = 'PENDING';
CREATE INDEX outbound_delivery_by_endpoint ON outbound_delivery (endpoint_id, seq DESC);

-- Each attempt: when, the HTTP status or the error, how long it took.
CREATE TABLE outbound_attempt (
    id            BIGSERIAL   PRIMARY KEY,
    delivery_id   UUID        NOT NULL REFERENCES outbound_delivery (id) ON DELETE CASCADE,
    round         INT         NOT NULL,
    attempted_at  TIMESTAMPTZ NOT NULL,
    http_status   INT,
    error         TEXT,
    duration_ms   BIGINT      NOT NULL
);
CREATE INDEX outbound_attempt_by_delivery ON outbound_attempt (delivery_id, id);
