package org.microcred.support.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code capacity} tokens and refills at {@code capacity} per
 * {@code period}, so a client may burst to its full allowance and then continues at the steady rate. A request takes
 * one token, an expensive one more; without enough left it is refused, takes nothing, and is told how long to wait.
 *
 * <p>The table is bounded by {@code maxClients} and kept in least-recently-used order: a new client when the table is
 * full evicts the client that was seen longest ago, in constant time. Every client always has a bucket of its own
 * (there is no shared overflow bucket a flood of addresses could drain for everyone, and no scan). An evicted client
 * starts again with a full bucket, which is what an idle client would have had anyway; to profit from eviction a
 * client would need {@code maxClients} other addresses, each limited on its own.
 */
final class TokenBuckets {

    /** The answer to one request: allowed, or refused with the whole seconds to wait before retrying. */
    record Verdict(boolean allowed, long retryAfterSeconds) {
        static final Verdict ALLOWED = new Verdict(true, 0);
    }

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    /** Access-ordered: iteration starts at the least recently used client, the one {@code removeEldestEntry} drops. */
    private final LinkedHashMap<String, Bucket> buckets;

    TokenBuckets(int capacity, Duration period, int maxClients, LongSupplier nanoTime) {
        if (capacity < 1 || period.isZero() || period.isNegative() || maxClients < 1) {
            throw new IllegalArgumentException("requests, period and max-clients must be positive");
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * Takes {@code units} tokens from the client's bucket. A cost above the whole allowance is charged as the whole
     * allowance: such a request is possible, but only from a client that has been idle for a full period.
     */
    synchronized Verdict tryAcquire(String client, int units) {
        if (units < 1) {
            throw new IllegalArgumentException("a request costs at least one unit: " + units);
        }
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(now));
        return bucket.take(Math.min(units, capacity), now);
    }

    synchronized int clients() {
        return buckets.size();
    }

    /** Guarded by the table's lock: a bucket is only touched inside {@link #tryAcquire}. */
    private final class Bucket {
        private double tokens = capacity;
        private long refilledAt;

        Bucket(long now) {
            refilledAt = now;
        }

        Verdict take(double units, long now) {
            if (now > refilledAt) {
                tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
                refilledAt = now;
            }
            if (tokens >= units) {
                tokens -= units;
                return Verdict.ALLOWED;
            }
            double nanosUntilAffordable = (units - tokens) / tokensPerNano;
            return new Verdict(false, Math.max(1, (long) Math.ceil(nanosUntilAffordable / 1e9)));
        }
    }
}
