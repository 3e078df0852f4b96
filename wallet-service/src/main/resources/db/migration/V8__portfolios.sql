-- Portfolios: the earner groups some of their credentials under a title, in their own order, and shares the group
-- through links of its own (issue 12.4). A removed credential (wallet_credential.removed_at, V7) stays in
-- portfolio_credential but is left out of every answer, as if it were not there.
CREATE TABLE portfolio (
    id           UUID PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    earner_id    TEXT        NOT NULL,
    title        TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description  TEXT        CHECK (char_length(description) <= 2000),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX portfolio_by_earner ON portfolio (tenant_id, earner_id, created_at DESC, id);

-- The portfolio's credentials in the earner's order (position 0 first).
CREATE TABLE portfolio_credential (
    portfolio_id   UUID NOT NULL REFERENCES portfolio (id) ON DELETE CASCADE,
    credential_id  UUID NOT NULL REFERENCES wallet_credential (id),
    position       INT  NOT NULL CHECK (position >= 0),
    PRIMARY KEY (portfolio_id, credential_id),
    UNIQUE (portfolio_id, position)
);
CREATE INDEX portfolio_credential_by_credential ON portfolio_credential (credential_id);

-- Public links to a portfolio, under the same rules as share_link (V1, V5): only the SHA-256 of the token is kept;
-- what the earner shows through the link; openings counted without anything about the visitor. A deleted portfolio
-- leaves its links behind, revoked and with portfolio_id null, so that their addresses answer 410 rather than 404.
CREATE TABLE portfolio_share (
    id              UUID PRIMARY KEY,
    portfolio_id    UUID        REFERENCES portfolio (id) ON DELETE SET NULL,
    tenant_id       TEXT        NOT NULL,
    earner_id       TEXT        NOT NULL,
    token_hash      TEXT        NOT NULL UNIQUE,   -- hex SHA-256 of the token
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    revoked_at      TIMESTAMPTZ,
    display_name    TEXT CHECK (char_length(display_name) <= 200),
    show_evidence   BOOLEAN     NOT NULL DEFAULT FALSE,
    open_count      BIGINT      NOT NULL DEFAULT 0,
    last_opened_at  TIMESTAMPTZ,
    CHECK (portfolio_id IS NOT NULL OR revoked_at IS NOT NULL)
);
CREATE INDEX portfolio_share_by_portfolio ON portfolio_share (portfolio_id, created_at DESC);
CREATE INDEX portfolio_share_open ON portfolio_share (portfolio_id, expires_at) WHERE revoked_at IS NULL;
