package org.microcred.issuance.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.issuance.ClaimedIdentity;
import org.microcred.issuance.repository.ClaimedIdentityRepository;

/**
 * A learner without an account claimed the credentials issued to their stand-in id ({@code wallet.credentials.claimed}):
 * the stand-in is recorded as that earner ({@link ClaimedIdentity}), so a credential issued to it later is recorded
 * under the earner ({@link CredentialIssuer}), and the credentials issued so far become the account's, so what the
 * earner asks of them later (a transcript) finds them. The signed documents do not change: they name the learner by
 * their hashed email, not by an id. In the consumer's transaction, once per event, under the stand-in's lock.
 */
@ApplicationScoped
public class ClaimedCredentials {

    private static final Logger LOG = Logger.getLogger(ClaimedCredentials.class);

    private final ClaimedIdentityRepository identities;

    public ClaimedCredentials(ClaimedIdentityRepository identities) {
        this.identities = identities;
    }

    public Uni<Void> claimed(String tenantId, CredentialsClaimed claimed) {
        if (!ClaimOffered.isUnclaimed(claimed.unclaimedEarnerId()) || claimed.earnerId() == null
                || claimed.earnerId().isBlank() || ClaimOffered.isUnclaimed(claimed.earnerId())) {
            return Uni.createFrom().voidItem();
        }
        String standIn = claimed.unclaimedEarnerId();
        return identities.lock(tenantId, standIn)
                .chain(() -> identities.findFor(tenantId, standIn))
                .chain(identity -> {
                    if (identity == null) {
                        return identities.persist(toEntity(tenantId, claimed)).call(identities::flush)
                                .map(stored -> stored.earnerId);
                    }
                    if (!identity.earnerId.equals(claimed.earnerId())) {
                        // The wallet lets one earner claim a stand-in; should another claim arrive, the first wins.
                        LOG.warnf("Stand-in %s of %s was claimed by %s already; the claim by %s is ignored", standIn,
                                tenantId, identity.earnerId, claimed.earnerId());
                    }
                    return Uni.createFrom().item(identity.earnerId);
                })
                .chain(earner -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "UPDATE issued_credential SET earner_id = :earner"
                                        + " WHERE tenant_id = :tenant AND earner_id = :standIn")
                        .setParameter("earner", earner).setParameter("tenant", tenantId)
                        .setParameter("standIn", standIn).executeUpdate()))
                .replaceWithVoid();
    }

    private static ClaimedIdentity toEntity(String tenantId, CredentialsClaimed claimed) {
        ClaimedIdentity identity = new ClaimedIdentity();
        identity.tenantId = tenantId;
        identity.unclaimedEarnerId = claimed.unclaimedEarnerId();
        identity.earnerId = claimed.earnerId();
        identity.claimedAt = claimed.claimedAt() != null ? claimed.claimedAt() : Instant.now();
        return identity;
    }
}
