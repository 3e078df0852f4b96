package org.microcred.issuance.oid4vci;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.microcred.issuance.capability.ExpiringCapability;

/**
 * A wallet's authorization request (authorization-code flow) while the earner signs in to Keycloak: what the wallet
 * asked, and our own PKCE verifier at Keycloak. Completed once, by the first callback, before it expires.
 */
@Entity
@Table(name = "oid4vci_authorization")
public class PendingAuthorization extends ExpiringCapability {

    /** SHA-256 of the {@code state} sent to Keycloak. */
    @Id
    @Column(name = "state_hash")
    public String stateHash;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "redirect_uri", nullable = false)
    public String redirectUri;

    @Column(name = "wallet_state")
    public String walletState;

    @Column(name = "code_challenge", nullable = false)
    public String codeChallenge;

    /** The offer named by {@code issuer_state}; null when the wallet asked by scope or authorization_details. */
    @Column(name = "offer_id_hash")
    public String offerIdHash;

    @Column(name = "configuration_ids", nullable = false)
    public String configurationIds;

    /** Our PKCE verifier at Keycloak, cleared at the callback. */
    @Column(name = "login_verifier")
    public String loginVerifier;

    @Column(name = "completed_at")
    public Instant completedAt;

    public List<String> configurations() {
        return Arrays.asList(configurationIds.split(","));
    }

    boolean isOpen(Instant now) {
        return completedAt == null && now.isBefore(expiresAt);
    }
}
