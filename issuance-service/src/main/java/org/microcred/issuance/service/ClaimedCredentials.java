package org.microcred.issuance.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.wallet.CredentialsClaimed;

/**
 * A learner without an account claimed the credentials issued to their stand-in id ({@code wallet.credentials.claimed}):
 * the issued credentials become the account's, so what the earner asks of them later (a transcript) finds them. The
 * signed documents do not change: they name the learner by their hashed email, not by an id. In the consumer's
 * transaction, once per event.
 */
@ApplicationScoped
public class ClaimedCredentials {

    public Uni<Void> claimed(String tenantId, CredentialsClaimed claimed) {
        if (!ClaimOffered.isUnclaimed(claimed.unclaimedEarnerId()) || claimed.earnerId() == null
                || claimed.earnerId().isBlank() || ClaimOffered.isUnclaimed(claimed.earnerId())) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "UPDATE issued_credential SET earner_id = :earner"
                                + " WHERE tenant_id = :tenant AND earner_id = :standIn")
                .setParameter("earner", claimed.earnerId()).setParameter("tenant", tenantId)
                .setParameter("standIn", claimed.unclaimedEarnerId()).executeUpdate())
                .replaceWithVoid();
    }
}
