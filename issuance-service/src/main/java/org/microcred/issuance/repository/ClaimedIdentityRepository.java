package org.microcred.issuance.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.issuance.ClaimedIdentity;
import org.microcred.support.persistence.AdvisoryLocks;
import org.microcred.support.persistence.ClaimedIdentityRecord;

/**
 * Which earner each claimed stand-in id is. A claim and a credential issued to the same stand-in meet here: both take
 * the stand-in's advisory lock first, so either the credential is recorded before the claim (and the claim re-keys
 * it) or after (and it is recorded under the earner); never under the stand-in once it is claimed.
 */
@ApplicationScoped
public class ClaimedIdentityRepository implements PanacheRepositoryBase<ClaimedIdentity, ClaimedIdentityRecord.Key> {

    private final AdvisoryLocks locks;

    public ClaimedIdentityRepository(AdvisoryLocks locks) {
        this.locks = locks;
    }

    /** Waits until no other transaction claims or issues for this stand-in (released at commit or rollback). */
    public Uni<Void> lock(String tenantId, String unclaimedEarnerId) {
        return locks.lock("issuance-claim", tenantId, unclaimedEarnerId);
    }

    /** The stand-in's claim, or null while nobody claimed it. */
    public Uni<ClaimedIdentity> findFor(String tenantId, String unclaimedEarnerId) {
        return findById(new ClaimedIdentityRecord.Key(tenantId, unclaimedEarnerId));
    }

    /**
     * Whom a credential issued to {@code earnerId} belongs to, inside the caller's transaction: the earner who claimed
     * it when it is a claimed stand-in (holding the stand-in's lock until the transaction ends); otherwise the id
     * itself.
     */
    public Uni<String> holderOf(String tenantId, String earnerId) {
        if (!ClaimOffered.isUnclaimed(earnerId)) {
            return Uni.createFrom().item(earnerId);
        }
        return lock(tenantId, earnerId).chain(() -> findFor(tenantId, earnerId))
                .map(identity -> identity == null ? earnerId : identity.earnerId);
    }
}
