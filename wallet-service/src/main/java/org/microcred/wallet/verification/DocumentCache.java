package org.microcred.wallet.verification;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Fetched documents by URL, each until its own expiry. Bounded: when full, expired entries go; if
 * none has expired, the new document is simply not kept (a miss costs one fetch, never memory).
 */
final class DocumentCache {

    private record Entry(String text, long expiresAtNanos) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongSupplier nanoTime;

    DocumentCache(int capacity, LongSupplier nanoTime) {
        this.capacity = capacity;
        this.nanoTime = nanoTime;
    }

    /** The document while it is fresh, else null. */
    String get(String url) {
        Entry entry = entries.get(url);
        if (entry == null) {
            return null;
        }
        if (nanoTime.getAsLong() - entry.expiresAtNanos >= 0) {
            entries.remove(url, entry);
            return null;
        }
        return entry.text;
    }

    void put(String url, String text, Duration ttl) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> now - e.expiresAtNanos >= 0);
        }
        if (entries.size() < capacity || entries.containsKey(url)) {
            entries.put(url, new Entry(text, now + ttl.toNanos()));
        }
    }

    int size() {
        return entries.size();
    }
}
