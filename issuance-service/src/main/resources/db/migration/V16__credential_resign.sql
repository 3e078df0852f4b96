-- Credentials whose proof names its key by <issuerId>#<keyId> (issued before proofs named key URLs) are signed again
-- under the key URL <issuerId>/keys/<keyId> by CredentialKeyUrls, in the background. resign_skipped says why one is
-- left as it is (its key was marked compromised, its proof does not verify with the key it names, ...), so that no
-- pass picks it again; null for every other credential.
ALTER TABLE issued_credential ADD COLUMN resign_skipped TEXT;

-- Exactly the credentials a pass still has to look at: its selection (FOR UPDATE SKIP LOCKED, in id order) and its
-- count of what remains read this index, which empties as they are signed again. The predicate is a coarse textual
-- test (a '#' after a "verificationMethod" key, written compactly or not); the pass checks each proof itself.
CREATE INDEX issued_credential_names_fragment_id ON issued_credential (id)
    WHERE signed_with IS NOT NULL AND resign_skipped IS NULL AND document LIKE '%"verificationMethod"%#%';
