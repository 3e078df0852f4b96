package org.microcred.support.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Passes on a real Vert.x timer, with an interval of an hour: only a wake can start one within the test. */
class RepeatingPassTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aWakeStartsAPassLongBeforeTheInterval() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        RepeatingPass passes = new RepeatingPass(vertx, "test", () -> {
            ran.countDown();
            return Uni.createFrom().item(0);
        }, done -> false, HOUR, HOUR);
        passes.start(HOUR);

        passes.wake();

        assertTrue(ran.await(5, TimeUnit.SECONDS), "the woken pass did not run");
        passes.stop();
    }

    @Test
    void aWakeDuringAPassRunsOneMoreAfterItNeverTwoAtOnce() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger passesRun = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch secondEnded = new CountDownLatch(1);
        RepeatingPass passes = new RepeatingPass(vertx, "test", () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            firstStarted.countDown();
            // a pass that takes a while, so that the wakes below come while it runs
            return Uni.createFrom().item(0).onItem().delayIt().by(Duration.ofMillis(300)).invoke(() -> {
                running.decrementAndGet();
                if (passesRun.incrementAndGet() == 2) {
                    secondEnded.countDown();
                }
            });
        }, done -> false, HOUR, HOUR);
        passes.start(Duration.ZERO);
        assertTrue(firstStarted.await(5, TimeUnit.SECONDS));

        passes.wake();
        passes.wake();
        passes.wake();

        assertTrue(secondEnded.await(5, TimeUnit.SECONDS), "no pass ran after the one the wakes interrupted");
        Thread.sleep(500);
        assertEquals(2, passesRun.get(), "wakes during one pass make one more pass, not one each");
        assertEquals(1, mostAtOnce.get(), "two passes ran at once");
        passes.stop();
    }

    @Test
    void aWakeBeforeTheStartOrAfterTheStopRunsNothing() throws InterruptedException {
        AtomicInteger passesRun = new AtomicInteger();
        RepeatingPass passes = new RepeatingPass(vertx, "test", () -> {
            passesRun.incrementAndGet();
            return Uni.createFrom().item(0);
        }, done -> false, HOUR, HOUR);

        passes.wake();
        passes.start(HOUR);
        passes.stop();
        passes.wake();

        Thread.sleep(300);
        assertEquals(0, passesRun.get());
    }
}
