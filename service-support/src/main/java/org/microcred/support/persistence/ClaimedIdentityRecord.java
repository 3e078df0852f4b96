package org.microcred.support.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A stand-in earner id ({@code unclaimed:} and the SHA-256 of an email) that an earner claimed in the wallet: from
 * then on it is that earner. Issuance and the wallet each keep their own table of them ({@code claimed_identity}), so
 * that a credential for the stand-in arriving after the claim is recorded under {@link #earnerId}; each maps it with
 * {@code @Entity}, {@code @Table} and {@code @IdClass(ClaimedIdentityRecord.Key.class)}.
 */
@MappedSuperclass
public abstract class ClaimedIdentityRecord {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "unclaimed_earner_id")
    public String unclaimedEarnerId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(name = "claimed_at", nullable = false)
    public Instant claimedAt;

    /** The primary key: one earner per stand-in and tenant. */
    public static class Key implements Serializable {
        public String tenantId;
        public String unclaimedEarnerId;

        public Key() {
        }

        public Key(String tenantId, String unclaimedEarnerId) {
            this.tenantId = tenantId;
            this.unclaimedEarnerId = unclaimedEarnerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(tenantId, k.tenantId)
                    && Objects.equals(unclaimedEarnerId, k.unclaimedEarnerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, unclaimedEarnerId);
        }
    }
}
