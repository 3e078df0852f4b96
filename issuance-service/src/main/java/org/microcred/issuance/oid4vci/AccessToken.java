package org.microcred.issuance.oid4vci;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An access token of the pre-authorized code grant: for the credential endpoint, for one award, until it expires. */
@Entity
@Table(name = "oid4vci_access_token")
public class AccessToken {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "credential_id", nullable = false)
    public UUID credentialId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(name = "configuration_ids", nullable = false)
    public String configurationIds;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    public List<String> configurations() {
        return Arrays.asList(configurationIds.split(","));
    }
}
