package org.microcred.wallet.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** At most so many verifications at once; the next waits briefly for a place, then is refused with a retry time. */
class VerificationBulkheadTest {

    private final VerificationBulkhead bulkhead = new VerificationBulkhead(1, Duration.ofMillis(100),
            Duration.ofSeconds(3));

    @Test
    void withEveryPlaceTakenTheNextIsRefusedAfterItsWait() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> bulkhead.run(() -> {
            inside.countDown();
            await(release);
            return "done";
        }));
        assertTrue(inside.await(5, TimeUnit.SECONDS));

        long start = System.nanoTime();
        VerificationBusyException busy = assertThrows(VerificationBusyException.class, () -> bulkhead.run(() -> "x"));
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(waitedMillis >= 90 && waitedMillis < 2_000, "waited " + waitedMillis + " ms");
        assertEquals(503, busy.status());
        assertEquals(3, busy.retryAfterSeconds());

        release.countDown();
        assertEquals("done", holder.get(5, TimeUnit.SECONDS));
        assertEquals("x", bulkhead.run(() -> "x"), "the place is free again");
    }

    @Test
    void aPlaceIsGivenBackWhenTheVerificationFails() {
        assertThrows(IllegalArgumentException.class, () -> bulkhead.run(() -> {
            throw new IllegalArgumentException("bad credential");
        }));
        assertEquals("x", bulkhead.run(() -> "x"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
