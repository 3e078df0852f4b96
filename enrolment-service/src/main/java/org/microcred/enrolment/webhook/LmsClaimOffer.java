package org.microcred.enrolment.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The claim offer of a stand-in (a learner without an account): one per stand-in and tenant, made when an LMS first
 * gives them anything, replaced when it expired, closed once claimed.
 */
@Entity
@Table(name = "lms_claim_offer")
@IdClass(LmsClaimOffer.Key.class)
public class LmsClaimOffer {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    /** The stand-in earner id. */
    @Id
    @Column(name = "earner_id")
    public String earnerId;

    @Column(name = "earner_email")
    public String earnerEmail;

    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "claim_token")
    public String claimToken;

    @Column(name = "offered_at")
    public Instant offeredAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "claimed_by")
    public String claimedBy;

    public static class Key implements Serializable {
        public String tenantId;
        public String earnerId;

        public Key() {
        }

        public Key(String tenantId, String earnerId) {
            this.tenantId = tenantId;
            this.earnerId = earnerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenantId, key.tenantId)
                    && Objects.equals(earnerId, key.earnerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, earnerId);
        }
    }
}
