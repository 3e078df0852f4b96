package org.microcred.wallet.claim;

import jakarta.inject.Singleton;
import org.microcred.support.persistence.AdvisoryLocks;
import org.microcred.support.persistence.ClaimedIdentities;

/**
 * The wallet's claimed stand-ins: a credential arriving after the claim is stored under the earner who claimed it. A singleton:
 * its base has no no-argument constructor for a client proxy to call.
 */
@Singleton
public class ClaimedIdentityRepository extends ClaimedIdentities<ClaimedIdentity> {

    public ClaimedIdentityRepository(AdvisoryLocks locks) {
        super(locks, "wallet-claim");
    }
}
