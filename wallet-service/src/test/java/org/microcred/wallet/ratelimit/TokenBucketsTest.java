package org.microcred.wallet.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    private TokenBuckets buckets(int requests, int maxClients) {
        return new TokenBuckets(requests, Duration.ofMinutes(1), maxClients, clock::get);
    }

    private void advance(Duration by) {
        clock.addAndGet(by.toNanos());
    }

    @Test
    void aClientMayBurstToTheAllowanceThenIsRefused() {
        TokenBuckets limiter = buckets(60, 100);
        for (int i = 0; i < 60; i++) {
            assertTrue(limiter.tryAcquire("10.0.0.1").allowed(), "request " + (i + 1));
        }
        TokenBuckets.Verdict refused = limiter.tryAcquire("10.0.0.1");
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds(), "one token comes back each second at 60 per minute");
    }

    @Test
    void tokensComeBackAtTheSteadyRate() {
        TokenBuckets limiter = buckets(6, 100);   // one token per 10 s
        for (int i = 0; i < 6; i++) {
            limiter.tryAcquire("a");
        }
        assertEquals(10, limiter.tryAcquire("a").retryAfterSeconds());
        advance(Duration.ofSeconds(4));
        assertEquals(6, limiter.tryAcquire("a").retryAfterSeconds(), "rounded up, never early");
        advance(Duration.ofSeconds(6));
        assertTrue(limiter.tryAcquire("a").allowed());
        assertFalse(limiter.tryAcquire("a").allowed());
    }

    @Test
    void aLongPauseRefillsOnlyToTheAllowance() {
        TokenBuckets limiter = buckets(3, 100);
        limiter.tryAcquire("a");
        advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("a").allowed());
        }
        assertFalse(limiter.tryAcquire("a").allowed());
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        TokenBuckets limiter = buckets(1, 100);
        assertTrue(limiter.tryAcquire("a").allowed());
        assertFalse(limiter.tryAcquire("a").allowed());
        assertTrue(limiter.tryAcquire("b").allowed());
    }

    @Test
    void idleClientsAreForgottenWhenTheTableIsFull() {
        TokenBuckets limiter = buckets(2, 2);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        advance(Duration.ofMinutes(1));   // both refilled: as good as new
        assertTrue(limiter.tryAcquire("c").allowed());
        assertEquals(1, limiter.clients());
    }

    @Test
    void newcomersShareOneBucketWhileEveryTrackedClientIsBusy() {
        TokenBuckets limiter = buckets(2, 2);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        assertTrue(limiter.tryAcquire("c").allowed());
        assertTrue(limiter.tryAcquire("d").allowed());
        assertFalse(limiter.tryAcquire("e").allowed(), "c, d and e draw from the overflow bucket");
        assertTrue(limiter.tryAcquire("a").allowed(), "a tracked client keeps its own allowance");
    }
}
