package org.microcred.issuance.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.microcred.issuance.capability.ExpiringCapability;

/**
 * A VC-API exchange made by an earner to deliver one award to their wallet app: completed once, by a DID
 * authentication carrying its challenge, before it expires.
 */
@Entity
@Table(name = "vcapi_exchange")
public class Exchange extends ExpiringCapability {

    /** SHA-256 of the exchange id in the exchange and interaction URLs. */
    @Id
    @Column(name = "id_hash")
    public String idHash;

    @Column(name = "credential_id", nullable = false)
    public UUID credentialId;

    @Column(name = "earner_id", nullable = false)
    public String earnerId;

    @Column(nullable = false)
    public String challenge;

    @Column(name = "failed_authentications", nullable = false)
    public int failedAuthentications;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "holder_did")
    public String holderDid;

    @Column(name = "copy_id")
    public UUID copyId;

    /** What stands in the way of completing it now, or null when it can be completed. */
    ExchangeRefusal refusal(Instant now, int maxFailedAuthentications) {
        if (completedAt != null) {
            return ExchangeRefusal.COMPLETED;
        }
        if (!now.isBefore(expiresAt)) {
            return ExchangeRefusal.EXPIRED;
        }
        if (failedAuthentications >= maxFailedAuthentications) {
            return ExchangeRefusal.CLOSED;
        }
        return null;
    }
}
