-- Issue 9 (B): a row the relay cannot publish is parked, with its reason, instead of stopping every row after it.

-- failed_attempts counts non-retriable failures in a row (transient broker trouble is not counted); at
-- microcred.outbox.max-attempts the row is parked. A parked row is skipped by the relay until an operator retries
-- it (parked_at back to NULL) or drops it (moved to outbox_dropped).
ALTER TABLE outbox_event
    ADD COLUMN failed_attempts INT         NOT NULL DEFAULT 0,
    ADD COLUMN last_error      TEXT,
    ADD COLUMN parked_at       TIMESTAMPTZ,
    ADD COLUMN park_reason     TEXT;

-- The relay holds back later rows of a parked row's topic and key (per-key order); parked rows are few.
CREATE INDEX outbox_event_parked ON outbox_event (topic, record_key, seq) WHERE parked_at IS NOT NULL;

-- The audit record of a parked row an operator dropped: the row as it was, who dropped it, when and why.
CREATE TABLE outbox_dropped (
    event_id      UUID        PRIMARY KEY,
    seq           BIGINT      NOT NULL,
    topic         TEXT        NOT NULL,
    record_key    TEXT        NOT NULL,
    event_type    TEXT        NOT NULL,
    tenant_id     TEXT        NOT NULL,
    subject       TEXT        NOT NULL,
    occurred_at   TIMESTAMPTZ NOT NULL,
    envelope      TEXT        NOT NULL,
    parked_at     TIMESTAMPTZ NOT NULL,
    park_reason   TEXT        NOT NULL,
    dropped_at    TIMESTAMPTZ NOT NULL,
    dropped_by    TEXT        NOT NULL,
    drop_reason   TEXT
);
CREATE INDEX outbox_dropped_tenant ON outbox_dropped (tenant_id, dropped_at);
