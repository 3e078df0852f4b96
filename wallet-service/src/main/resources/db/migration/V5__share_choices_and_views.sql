-- What the earner chose to show on each share link, and how often the link was opened.
-- display_name: the name the earner shows on the page (none: the page names nobody); show_evidence: whether the
-- page describes the evidence (false: only that evidence exists, with its SHA-256). open_count and last_opened_at
-- count openings of the public link without anything about the visitor (no address, no cookie): one
-- UPDATE ... SET open_count = open_count + 1 per opening, so concurrent openings neither lose counts nor wait long.
ALTER TABLE share_link
    ADD COLUMN display_name   TEXT CHECK (char_length(display_name) <= 200),
    ADD COLUMN show_evidence  BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN open_count     BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN last_opened_at TIMESTAMPTZ;
