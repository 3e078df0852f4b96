-- The descriptive fields of each published version that a credential states (OB 3.0 Achievement),
-- and how long its credentials stay valid. All optional: older catalogue events lack them.
ALTER TABLE catalogue_achievement
    ADD COLUMN alignments        TEXT,       -- JSON list of catalogue.Alignment
    ADD COLUMN credits_available NUMERIC,
    ADD COLUMN field_of_study    TEXT,
    ADD COLUMN human_code        TEXT,
    ADD COLUMN tags              TEXT,       -- JSON list of strings
    ADD COLUMN image_url         TEXT,
    ADD COLUMN in_language       TEXT,
    ADD COLUMN level             TEXT,
    ADD COLUMN size_hours        INT,
    ADD COLUMN validity_days     INT;        -- null: credentials do not expire
