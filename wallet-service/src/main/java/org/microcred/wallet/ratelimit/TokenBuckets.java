package org.microcred.wallet.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code requests} tokens and refills at
 * {@code requests} per {@code period}, so a client may burst to the full allowance and then
 * continues at the steady rate. Each request takes one token; with none left it is refused and
 * told how long to wait.
 *
 * <p>The table of buckets is bounded: when it is full, buckets that have refilled completely are
 * dropped (a full bucket is the same as a new one); if all are still in use, new clients share one
 * overflow bucket, so a flood of addresses costs neither memory nor the limits of known clients.
 */
public final class TokenBuckets {

    static final String OVERFLOW = "*";

    /** The answer to one request: allowed, or refused with the seconds to wait before retrying. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
    }

    private final double capacity;
    private final double tokensPerNano;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int requests, Duration period, int maxClients, LongSupplier nanoTime) {
        if (requests < 1 || period.isZero() || period.isNegative() || maxClients < 1) {
            throw new IllegalArgumentException("requests, period and maxClients must be positive");
        }
        this.capacity = requests;
        this.tokensPerNano = requests / (double) period.toNanos();
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
    }

    public Verdict tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        return bucketOf(client, now).take(now);
    }

    int clients() {
        return buckets.size();
    }

    private Bucket bucketOf(String client, long now) {
        Bucket bucket = buckets.get(client);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxClients) {
            buckets.values().removeIf(b -> b.isFull(now));
        }
        if (buckets.size() >= maxClients) {
            return buckets.computeIfAbsent(OVERFLOW, key -> new Bucket(now));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(now));
    }

    private final class Bucket {
        private double tokens = capacity;
        private long refilledAt;

        Bucket(long now) {
            refilledAt = now;
        }

        synchronized Verdict take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Verdict(true, 0);
            }
            double nanosToNextToken = (1 - tokens) / tokensPerNano;
            return new Verdict(false, Math.max(1, (long) Math.ceil(nanosToNextToken / 1e9)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > refilledAt) {
                tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
                refilledAt = now;
            }
        }
    }
}
