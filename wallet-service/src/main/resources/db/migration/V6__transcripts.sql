-- CLR 2.0 transcripts the earner asked for: PENDING until issuance answers (issuance.transcript.issued or .refused),
-- then ISSUED with the signed ClrCredential exactly as issuance signed it, or REFUSED with its reason. The id is the
-- one the request event carried, so an answer finds its row; a redelivered answer changes nothing.
CREATE TABLE transcript (
    id               UUID PRIMARY KEY,
    tenant_id        TEXT        NOT NULL,
    earner_id        TEXT        NOT NULL,
    name             TEXT,
    credential_ids   TEXT        NOT NULL,      -- comma-separated, in the earner's order
    status           TEXT        NOT NULL CHECK (status IN ('PENDING', 'ISSUED', 'REFUSED')),
    document         TEXT,                      -- the signed ClrCredential text, never re-serialized (ISSUED)
    refusal_reason   TEXT,
    refusal_detail   TEXT,
    requested_at     TIMESTAMPTZ NOT NULL,
    decided_at       TIMESTAMPTZ
);
CREATE INDEX transcript_by_earner ON transcript (tenant_id, earner_id, requested_at DESC, id);
