package org.microcred.wallet.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DocumentCacheTest {

    private static final Duration CAP = Duration.ofMinutes(5);

    @Test
    void maxAgeIsHonouredUpToTheCap() {
        assertEquals(Duration.ofSeconds(60), CachePolicy.ttl("public, max-age=60", CAP));
        assertEquals(CAP, CachePolicy.ttl("max-age=86400", CAP));
        assertEquals(Duration.ZERO, CachePolicy.ttl("max-age=60, no-cache", CAP));
        assertEquals(Duration.ZERO, CachePolicy.ttl("no-store", CAP));
        assertEquals(Duration.ZERO, CachePolicy.ttl("public", CAP));
        assertEquals(Duration.ZERO, CachePolicy.ttl(null, CAP));
        assertEquals(Duration.ZERO, CachePolicy.ttl("s-max-age=60", CAP));
    }

    @Test
    void anEntryLastsItsTtl() {
        AtomicLong now = new AtomicLong();
        DocumentCache cache = new DocumentCache(10, now::get);
        cache.put("a", "A", Duration.ofSeconds(60));
        cache.put("b", "B", Duration.ZERO);
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertEquals("A", cache.get("a"));
        assertNull(cache.get("b"), "a TTL of zero is not kept");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertNull(cache.get("a"));
    }

    @Test
    void aFullCacheDropsExpiredEntriesAndOtherwiseKeepsNothingNew() {
        AtomicLong now = new AtomicLong();
        DocumentCache cache = new DocumentCache(2, now::get);
        cache.put("a", "A", Duration.ofSeconds(10));
        cache.put("b", "B", Duration.ofSeconds(100));
        cache.put("c", "C", Duration.ofSeconds(100));
        assertNull(cache.get("c"), "full of live entries: not kept");
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        cache.put("c", "C", Duration.ofSeconds(100));
        assertEquals("C", cache.get("c"));
        assertEquals("B", cache.get("b"));
        assertEquals(2, cache.size());
    }
}
