package org.microcred.support.ratelimit;

import java.time.Duration;

/**
 * A limit per authenticated client, for endpoints that only such clients call (an institution's systems with OAuth
 * 2.0 client credentials) and whose paths {@link RateLimitConfig#clientPaths()} takes out of the public per-address
 * limit: the resource calls {@link #acquire(String)} with the client its verified token names, after authentication.
 * Clients behind one address (an institution's network, its proxy) then each have their own allowance, and anonymous
 * requests on the same paths still pay the public one.
 */
public final class ClientRateLimit {

    private final TokenBuckets buckets;

    /** @param requests requests a client may make per {@code period} (also its largest burst) */
    public ClientRateLimit(int requests, Duration period, int maxClients) {
        this.buckets = new TokenBuckets(requests, period, maxClients, System::nanoTime);
    }

    /** @throws RateLimitedException (429 with Retry-After) when the client has spent its allowance */
    public void acquire(String client) {
        TokenBuckets.Verdict verdict = buckets.tryAcquire(client, 1);
        if (!verdict.allowed()) {
            throw new RateLimitedException(verdict.retryAfterSeconds());
        }
    }
}
