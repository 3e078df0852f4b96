package org.microcred.issuance.oid4vci;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.microcred.issuance.capability.ExpiringCapability;

/**
 * An authorization code of ours (authorization-code flow), given to the wallet after the earner signed in: redeemed
 * once at the token endpoint by the same client, with the same redirect URI and the PKCE verifier of its challenge.
 */
@Entity
@Table(name = "oid4vci_authorization_code")
public class AuthorizationCode extends ExpiringCapability {

    @Id
    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "redirect_uri", nullable = false)
    public String redirectUri;

    @Column(name = "code_challenge", nullable = false)
    public String codeChallenge;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(name = "credential_ids", nullable = false)
    public String credentialIds;

    @Column(name = "configuration_ids", nullable = false)
    public String configurationIds;

    @Column(name = "used_at")
    public Instant usedAt;

    /** The token issued with this code: revoked if the code comes again. */
    @Column(name = "access_token_hash")
    public String accessTokenHash;

    public List<UUID> awards() {
        return Arrays.stream(credentialIds.split(",")).map(UUID::fromString).toList();
    }

    public List<String> configurations() {
        return Arrays.asList(configurationIds.split(","));
    }
}
