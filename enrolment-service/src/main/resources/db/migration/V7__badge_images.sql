-- Badge images of micro-credential and pathway versions (issue 12): uploaded by an issuer-admin or generated at
-- publication, stored by the SHA-256 of their bytes and served publicly at /api/v1/public/images/<sha256>.<png|svg>.
-- Content-addressed, so a row never changes and the same bytes are stored once, whoever uploads them (they are
-- public by design: the credentials name them). A generated SVG keeps the PNG drawn from the same design
-- (png_rendition), served at <svg sha256>.png so that a PNG badge can be baked from an SVG image.
CREATE TABLE badge_image (
    sha256        CHAR(64) PRIMARY KEY,
    media_type    TEXT        NOT NULL CHECK (media_type IN ('image/png', 'image/svg+xml')),
    content       BYTEA       NOT NULL,
    width         INTEGER     NOT NULL,
    height        INTEGER     NOT NULL,
    png_rendition CHAR(64) REFERENCES badge_image (sha256),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
