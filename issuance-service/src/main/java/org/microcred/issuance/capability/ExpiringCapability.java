package org.microcred.issuance.capability;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every one-use capability of wallet delivery stores besides its own key and state (OpenID4VCI offers,
 * sign-ins, codes, access tokens and nonces; VC-API exchanges): its tenant, when it was made and when it expires.
 * {@link ExpiredCapabilities} deletes the rows of each a while after they expire.
 */
@MappedSuperclass
public abstract class ExpiringCapability {

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
