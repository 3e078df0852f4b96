-- Shared by every service (see service-support). Version 0.1 so each service's own migrations start at V1.

-- Events waiting to be published, written in the same transaction as the state change they announce.
CREATE TABLE outbox_event (
    seq           BIGSERIAL PRIMARY KEY,            -- publication order
    event_id      UUID        NOT NULL UNIQUE,
    topic         TEXT        NOT NULL,
    record_key    TEXT        NOT NULL,
    event_type    TEXT        NOT NULL,
    tenant_id     TEXT        NOT NULL,
    subject       TEXT        NOT NULL,
    occurred_at   TIMESTAMPTZ NOT NULL,
    traceparent   TEXT,
    envelope      TEXT        NOT NULL,             -- the whole event as it goes on the wire
    published_at  TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

-- Events a consumer has applied, recorded in the same transaction as their effects.
CREATE TABLE processed_event (
    consumer      TEXT        NOT NULL,
    event_id      UUID        NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
