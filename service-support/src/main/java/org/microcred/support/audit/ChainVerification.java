package org.microcred.support.audit;

/**
 * What recomputing a tenant's chain found: verified (every record from 1 to the head present, each linked to the one
 * before and hashing to its hash), or the first broken link, its sequence number and why.
 */
public record ChainVerification(String tenantId, boolean verified, long records, long headSeq, String headHash,
        BrokenLink firstBroken) {

    /** A record whose stored hash is not the hash of its fields (it was changed after it was written). */
    public static final String HASH_MISMATCH = "hash-mismatch";
    /** A sequence number without a record (deleted), below or at the head. */
    public static final String MISSING_RECORD = "missing-record";
    /** A record whose previous hash is not the hash of the record before it (or the head's is not the last's). */
    public static final String BROKEN_LINK = "broken-link";

    public record BrokenLink(long seq, String reason, String detail) {
    }
}
