package org.microcred.issuance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A stand-in earner id that a learner claimed in the wallet: from then on it is that earner, and a credential issued
 * to the stand-in is recorded under {@link #earnerId}.
 */
@Entity
@Table(name = "claimed_identity")
@IdClass(ClaimedIdentity.Key.class)
public class ClaimedIdentity {

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
