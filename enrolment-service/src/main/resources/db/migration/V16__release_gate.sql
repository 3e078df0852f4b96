-- The release gate (issue 14): a micro-credential version may ask that its awards wait for a release-manager
-- (issuance-service keeps them); the dashboard shows where such an award stands.
ALTER TABLE achievement ADD COLUMN release_gate BOOLEAN NOT NULL DEFAULT FALSE;

-- While the journey is AWARDED: AWAITING_RELEASE, UNDER_REVIEW (held back) or RELEASED; null for ungated awards.
-- release_note: the hold's reason, only when the release-manager shared it with the earner.
ALTER TABLE journey
    ADD COLUMN release_state TEXT CHECK (release_state IN ('AWAITING_RELEASE', 'UNDER_REVIEW', 'RELEASED')),
    ADD COLUMN release_note  TEXT;
