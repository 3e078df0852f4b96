package org.microcred.wallet.verification;

/**
 * Where the cost of a verification is charged before it runs: the calling client's rate limit for a public
 * request, nothing for a caller that is not limited.
 */
@FunctionalInterface
public interface CostMeter {

    CostMeter FREE = units -> { };

    /** @param units what the verification will cost, in rate-limit units (the request itself already paid one) */
    void charge(int units);
}
