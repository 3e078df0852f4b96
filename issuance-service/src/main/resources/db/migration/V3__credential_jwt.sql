-- The same credential secured as a VC-JWT (compact JWS, EdDSA, same key as the Data Integrity proof).
-- Null for credentials issued before this version.
ALTER TABLE issued_credential ADD COLUMN credential_jwt TEXT;
