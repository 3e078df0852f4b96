-- The descriptive fields of a micro-credential that its credential states (Open Badges 3.0
-- Achievement), all optional. validity_days null: a credential for it does not expire.
ALTER TABLE achievement
    ADD COLUMN alignments        TEXT,            -- JSON list of catalogue.Alignment
    ADD COLUMN credits_available NUMERIC(6, 2)  CHECK (credits_available BETWEEN 0 AND 1000),
    ADD COLUMN field_of_study    TEXT,
    ADD COLUMN human_code        TEXT,
    ADD COLUMN tags              TEXT,            -- JSON list of strings
    ADD COLUMN image_url         TEXT,
    ADD COLUMN in_language       TEXT,
    ADD COLUMN level             TEXT,
    ADD COLUMN size_hours        INT            CHECK (size_hours BETWEEN 1 AND 100),
    ADD COLUMN validity_days     INT            CHECK (validity_days BETWEEN 1 AND 3650);
