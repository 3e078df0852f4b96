package org.microcred.issuance.repository;

import jakarta.inject.Singleton;
import org.microcred.issuance.ClaimedIdentity;
import org.microcred.support.persistence.AdvisoryLocks;
import org.microcred.support.persistence.ClaimedIdentities;

/**
 * Issuance's claimed stand-ins: a credential issued after the claim is recorded under the earner who claimed it. A singleton:
 * its base has no no-argument constructor for a client proxy to call.
 */
@Singleton
public class ClaimedIdentityRepository extends ClaimedIdentities<ClaimedIdentity> {

    public ClaimedIdentityRepository(AdvisoryLocks locks) {
        super(locks, "issuance-claim");
    }
}
