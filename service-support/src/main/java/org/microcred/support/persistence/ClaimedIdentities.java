package org.microcred.support.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import org.microcred.events.enrolment.ClaimOffered;

/**
 * Which earner each claimed stand-in id is ({@link ClaimedIdentityRecord}), in a service that receives credentials
 * for stand-ins. A claim and a credential of the same stand-in meet here: both take the stand-in's advisory lock
 * first, so either the credential is recorded before the claim (and the claim moves it) or after (and it is recorded
 * under the earner); never under the stand-in once it is claimed. Each service extends it with its entity and its
 * own lock name.
 */
public abstract class ClaimedIdentities<E extends ClaimedIdentityRecord>
        implements PanacheRepositoryBase<E, ClaimedIdentityRecord.Key> {

    private final AdvisoryLocks locks;
    private final String lockName;

    protected ClaimedIdentities(AdvisoryLocks locks, String lockName) {
        this.locks = locks;
        this.lockName = lockName;
    }

    /** Waits until no other transaction claims or records for this stand-in (released at commit or rollback). */
    public Uni<Void> lock(String tenantId, String unclaimedEarnerId) {
        return locks.lock(lockName, tenantId, unclaimedEarnerId);
    }

    /** The stand-in's claim, or null while nobody claimed it. */
    public Uni<E> findFor(String tenantId, String unclaimedEarnerId) {
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
