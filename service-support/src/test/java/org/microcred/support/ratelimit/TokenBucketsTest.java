package org.microcred.support.ratelimit;

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
            assertTrue(limiter.tryAcquire("10.0.0.1", 1).allowed(), "request " + (i + 1));
        }
        TokenBuckets.Verdict refused = limiter.tryAcquire("10.0.0.1", 1);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds(), "one token comes back each second at 60 per minute");
    }

    @Test
    void tokensComeBackAtTheSteadyRate() {
        TokenBuckets limiter = buckets(6, 100);   // one token per 10 s
        for (int i = 0; i < 6; i++) {
            limiter.tryAcquire("a", 1);
        }
        assertEquals(10, limiter.tryAcquire("a", 1).retryAfterSeconds());
        advance(Duration.ofSeconds(4));
        assertEquals(6, limiter.tryAcquire("a", 1).retryAfterSeconds(), "rounded up, never early");
        advance(Duration.ofSeconds(6));
        assertTrue(limiter.tryAcquire("a", 1).allowed());
        assertFalse(limiter.tryAcquire("a", 1).allowed());
    }

    @Test
    void aLongPauseRefillsOnlyToTheAllowance() {
        TokenBuckets limiter = buckets(3, 100);
        limiter.tryAcquire("a", 1);
        advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("a", 1).allowed());
        }
        assertFalse(limiter.tryAcquire("a", 1).allowed());
    }

    @Test
    void anExpensiveRequestCostsItsUnitsAndARefusedOneTakesNothing() {
        TokenBuckets limiter = buckets(60, 100);   // one unit per second
        assertTrue(limiter.tryAcquire("a", 50).allowed());
        TokenBuckets.Verdict refused = limiter.tryAcquire("a", 20);
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds(), "10 units short at one a second");
        assertTrue(limiter.tryAcquire("a", 10).allowed(), "the refused charge took nothing");
        assertFalse(limiter.tryAcquire("a", 1).allowed());
    }

    @Test
    void aCostAboveTheAllowanceNeedsAFullBucket() {
        TokenBuckets limiter = buckets(10, 100);
        assertTrue(limiter.tryAcquire("a", 1000).allowed());
        assertEquals(60, limiter.tryAcquire("a", 1000).retryAfterSeconds());
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        TokenBuckets limiter = buckets(1, 100);
        assertTrue(limiter.tryAcquire("a", 1).allowed());
        assertFalse(limiter.tryAcquire("a", 1).allowed());
        assertTrue(limiter.tryAcquire("b", 1).allowed());
    }

    @Test
    void aFullTableKeepsEveryClientOnItsOwnLimit() {
        TokenBuckets limiter = buckets(1, 2);
        limiter.tryAcquire("a", 1);
        limiter.tryAcquire("b", 1);
        assertTrue(limiter.tryAcquire("c", 1).allowed());
        assertFalse(limiter.tryAcquire("c", 1).allowed(), "c keeps its own, spent, bucket");
        assertTrue(limiter.tryAcquire("d", 1).allowed(), "d does not share c's bucket");
        assertFalse(limiter.tryAcquire("d", 1).allowed());
        assertEquals(2, limiter.clients());
    }

    @Test
    void theLeastRecentlySeenClientIsEvicted() {
        TokenBuckets limiter = buckets(1, 2);
        limiter.tryAcquire("a", 1);
        limiter.tryAcquire("b", 1);
        limiter.tryAcquire("a", 1);               // a is now the most recent
        limiter.tryAcquire("c", 1);               // evicts b
        assertFalse(limiter.tryAcquire("a", 1).allowed(), "a, recently seen, is still limited");
        assertTrue(limiter.tryAcquire("b", 1).allowed(), "b was forgotten and starts afresh");
    }

    @Test
    void aFullTableIsNotScanned() {
        TokenBuckets limiter = buckets(1, 10_000);
        long start = System.nanoTime();
        for (int i = 0; i < 200_000; i++) {
            limiter.tryAcquire("client-" + i, 1);
        }
        assertEquals(10_000, limiter.clients());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(),
                "200,000 newcomers against a full table of 10,000 take well under a second each way");
    }
}
