-- The same credential as a VC-JWT (compact JWS), when issuance sent one in credential.issued: served on
-- Accept: application/vc+jwt and baked into SVGs (verify attribute). Null for credentials without one.
ALTER TABLE wallet_credential ADD COLUMN credential_jwt TEXT;
