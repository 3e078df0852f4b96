-- Notifications to earners (org.microcred.enrolment.notification): one row per mail to send, written in the transaction
-- of what caused it (a consumed event, or a reminder pass), sent later by NotificationSender.
CREATE TABLE notification (
    id               UUID        PRIMARY KEY,
    tenant_id        TEXT        NOT NULL,
    earner_id        TEXT        NOT NULL,
    -- The earner's verified email and name, copied from the enrolment when the row is written.
    recipient        TEXT        NOT NULL,
    earner_name      TEXT,
    kind             TEXT        NOT NULL,
    -- What caused it: the consumed event's id, or '<pass>:<enrolment>:<period>' for a reminder. With the kind it is
    -- unique, so a redelivered event or a second pass over the same period writes nothing.
    source_key       TEXT        NOT NULL,
    enrolment_id     UUID,
    -- What the templates need (achievement name, credential id, status, dates...), as JSON.
    data             TEXT        NOT NULL,
    status           TEXT        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'SKIPPED')),
    -- Failed sending attempts (the SMTP server away or refusing); retried for ever, the delay growing to a maximum.
    attempts         INT         NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    sent_at          TIMESTAMPTZ,
    CONSTRAINT notification_once UNIQUE (source_key, kind)
);
CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_by_enrolment ON notification (enrolment_id, kind);

-- The kinds an earner turned off (or on again); no row = on.
CREATE TABLE notification_preference (
    tenant_id   TEXT        NOT NULL,
    earner_id   TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    enabled     BOOLEAN     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, earner_id, kind)
);
