package org.microcred.wallet.presentation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A recognizer's request for proof (V12): what it asks for ({@link PresentationQuery}), the challenge and domain the
 * holder's proof must carry, and once answered, the result only ({@link PresentationResult} as JSON). Its id and the
 * creator's result token are capabilities: only their SHA-256 is kept.
 */
@Entity
@Table(name = "presentation_request")
public class PresentationRequest {

    /** Who answered: a wallet app (DID authentication checked), or a signed-in earner from our wallet. */
    public static final String BY_WALLET_APP = "wallet-app";
    public static final String BY_SIGNED_IN_EARNER = "signed-in-earner";

    public enum Status { PENDING, ANSWERED, EXPIRED }

    @Id
    @Column(name = "id_hash")
    public String idHash;

    @Column(name = "result_token_hash")
    public String resultTokenHash;

    @Column(name = "achievement_id")
    public String achievementId;

    @Column(name = "issuer_id")
    public String issuerId;

    public String reason;

    public String domain;

    public String challenge;

    @Column(name = "redirect_url")
    public String redirectUrl;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    /** The {@link PresentationResult} as JSON; null while pending. */
    public String result;

    /** An answer wins over expiry: a request answered in time stays answered until it is deleted. */
    public Status statusAt(Instant now) {
        if (answeredAt != null) {
            return Status.ANSWERED;
        }
        return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
    }

    public PresentationQuery query() {
        return new PresentationQuery(achievementId, issuerId, reason);
    }
}
