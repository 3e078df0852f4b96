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
 * An access token of the token endpoint: for the credential endpoint, for one award (pre-authorized code, or an
 * offer's {@code issuer_state}) or several (authorization code asked by scope), until it expires.
 */
@Entity
@Table(name = "oid4vci_access_token")
public class AccessToken extends ExpiringCapability {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "credential_id", nullable = false)
    public UUID credentialId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    /** Every award it covers, comma-separated, when more than {@link #credentialId}; null otherwise. */
    @Column(name = "credential_ids")
    public String credentialIds;

    @Column(name = "configuration_ids", nullable = false)
    public String configurationIds;

    public List<UUID> awards() {
        return credentialIds == null ? List.of(credentialId)
                : Arrays.stream(credentialIds.split(",")).map(UUID::fromString).toList();
    }

    public List<String> configurations() {
        return Arrays.asList(configurationIds.split(","));
    }
}
