-- Status list indexes are assigned in a keyed pseudorandom order (credentials.status.IndexPermutation), so that a
-- credential's index does not reveal when it was issued. The key is secret: it is never part of a served document.
-- Lists opened before this migration keep handing out slots in counter order (index_key NULL): their first
-- next_index slots are taken, and a permutation could hand one of them out again.
ALTER TABLE status_list
    ADD COLUMN index_key BYTEA CHECK (index_key IS NULL OR octet_length(index_key) = 32);
