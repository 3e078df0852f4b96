-- CLR 2.0 transcripts (ClrCredential) signed for earners from credentials issued here. One row per transcript id (the
-- id the wallet gave the request): a redelivered or re-sent request finds its row and signs nothing again. A refused
-- request is kept too, with its reason, so a re-sent one is answered the same way.
CREATE TABLE issued_transcript (
    id               UUID PRIMARY KEY,
    tenant_id        TEXT        NOT NULL,
    earner_id        TEXT        NOT NULL,
    credential_ids   TEXT        NOT NULL,      -- the requested credential ids, comma-separated, in the earner's order
    status           TEXT        NOT NULL CHECK (status IN ('ISSUED', 'REFUSED')),
    document         TEXT,                      -- the signed ClrCredential exactly as published (ISSUED)
    signed_with      TEXT,                      -- the key id of its proof (ISSUED)
    refusal_reason   TEXT,                      -- a stable code (REFUSED)
    refusal_detail   TEXT,
    decided_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT issued_transcript_outcome CHECK (
        (status = 'ISSUED' AND document IS NOT NULL AND signed_with IS NOT NULL)
        OR (status = 'REFUSED' AND refusal_reason IS NOT NULL))
);
CREATE INDEX issued_transcript_by_earner ON issued_transcript (tenant_id, earner_id, decided_at DESC);
