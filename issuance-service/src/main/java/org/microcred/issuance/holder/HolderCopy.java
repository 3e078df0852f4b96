package org.microcred.issuance.holder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A copy of an award's credential bound to a holder's DID, as delivered to a wallet app. It has no status of its own:
 * its {@code credentialStatus} is the award's entry, so the award's status is every copy's.
 */
@Entity
@Table(name = "holder_copy")
public class HolderCopy {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    /** The award ({@code issued_credential}) it copies. */
    @Column(name = "credential_id", nullable = false)
    public UUID credentialId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(name = "holder_did", nullable = false)
    public String holderDid;

    /** {@link CopyFormat#value()}. */
    @Column(nullable = false)
    public String format;

    /** The signed copy: JSON text for {@code ldp_vc}, a compact JWS for {@code jwt_vc_json}. */
    @Column(nullable = false)
    public String credential;

    @Column(name = "signed_with", nullable = false)
    public String signedWith;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public CopyFormat copyFormat() {
        return CopyFormat.of(format);
    }
}
