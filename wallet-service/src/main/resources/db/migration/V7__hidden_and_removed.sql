-- The earner's own choices about a credential in the wallet.
-- hidden_at: hidden from the wallet's default listing (still the earner's, still shareable once unhidden).
-- removed_at: removed from the wallet by the earner. The row stays as a tombstone, without the document or the JWT,
-- so that a redelivered credential.issued finds it and does not put the credential back; the issuer's record (and
-- the credential's status) is untouched: a copy the earner kept elsewhere still verifies.
ALTER TABLE wallet_credential
    ADD COLUMN hidden_at  TIMESTAMPTZ,
    ADD COLUMN removed_at TIMESTAMPTZ,
    ALTER COLUMN document DROP NOT NULL;
