-- Presentation requests from recognizers (org.microcred.wallet.presentation, docs/wallets/presentation-requests.md).
-- A request lives its lifetime (15 minutes by default) plus a short grace in which its creator may still read the
-- result; then the cleanup pass deletes the row. Only capabilities' hashes are kept (the request id, which is in the
-- interaction URL, and the creator's result token), and of the answer only its result: the holder's DID and, per
-- credential, its id, issuer, achievement and verdict. The presented credentials themselves are never stored.
CREATE TABLE presentation_request (
    id_hash           TEXT PRIMARY KEY,
    result_token_hash TEXT NOT NULL UNIQUE,
    achievement_id    TEXT,
    issuer_id         TEXT,
    reason            TEXT NOT NULL,
    domain            TEXT NOT NULL,
    challenge         TEXT NOT NULL,
    redirect_url      TEXT,
    created_at        TIMESTAMPTZ NOT NULL,
    expires_at        TIMESTAMPTZ NOT NULL,
    answered_at       TIMESTAMPTZ,
    -- wallet-app (a presentation with the holder's DID authentication) or signed-in-earner (our wallet)
    answered_by       TEXT,
    result            TEXT,
    CONSTRAINT presentation_request_asks_one CHECK ((achievement_id IS NULL) <> (issuer_id IS NULL))
);
CREATE INDEX presentation_request_expires ON presentation_request (expires_at);
