package org.microcred.wallet.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A credential waiting for a learner who had no account when it was awarded ({@code enrolment.claim.offered}): claimed
 * once, before {@link #expiresAt}, through the link whose secret hashes to {@link #tokenHash}, by a signed-in earner
 * whose verified email is {@link #earnerEmail}.
 */
@Entity
@Table(name = "claim_offer")
public class ClaimOffer {

    /** Enrolment's id for the offer: a re-sent offer finds its row. */
    @Id
    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    /** The stand-in earner id the credential is issued to: {@code unclaimed:} and the SHA-256 of the email. */
    @Column(name = "unclaimed_earner_id", nullable = false)
    public String unclaimedEarnerId;

    @Column(name = "earner_email", nullable = false)
    public String earnerEmail;

    @Column(name = "earner_name")
    public String earnerName;

    /** Lower-case hex SHA-256 of the claim link's secret; the secret itself is never stored. */
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "achievement_id")
    public UUID achievementId;

    @Column(name = "achievement_version")
    public int achievementVersion;

    @Column(name = "offered_at", nullable = false)
    public Instant offeredAt;

    /** When it was claimed; null while waiting. Set once: a claim link works one time. */
    @Column(name = "claimed_at")
    public Instant claimedAt;

    /** The earner id (the token's {@code sub}) that claimed it; null while waiting. */
    @Column(name = "claimed_by")
    public String claimedBy;
}
