package org.microcred.enrolment.service;

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
import org.microcred.support.background.RepeatingPass;

/** Passes on a real Vert.x timer, with an interval of an hour: only the start or a wake can run one within the test. */
class SwitchablePassTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger passesRun = new AtomicInteger();
    private final CountDownLatch ranOnce = new CountDownLatch(1);
    private final CountDownLatch ranTwice = new CountDownLatch(2);

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void onTheFirstPassRunsAtTheStartAndAWakeRunsAnother() throws InterruptedException {
        SwitchablePass passes = new SwitchablePass(counting(), true, "off");

        passes.start();
        assertTrue(ranOnce.await(5, TimeUnit.SECONDS), "no pass at the start");
        passes.wake();

        assertTrue(ranTwice.await(5, TimeUnit.SECONDS), "no pass after the wake");
        passes.stop();
    }

    @Test
    void offNeitherTheStartNorAWakeRunsAPass() throws InterruptedException {
        SwitchablePass passes = new SwitchablePass(counting(), false, "off");

        passes.start();
        passes.wake();

        Thread.sleep(500);
        assertEquals(0, passesRun.get(), "a pass ran while off");
        passes.stop();
    }

    @Test
    void afterTheStopAWakeRunsNothing() throws InterruptedException {
        SwitchablePass passes = new SwitchablePass(counting(), true, "off");
        passes.start();
        assertTrue(ranOnce.await(5, TimeUnit.SECONDS), "no pass at the start");

        passes.stop();
        passes.wake();

        Thread.sleep(500);
        assertEquals(1, passesRun.get(), "a pass ran after the stop");
    }

    private RepeatingPass counting() {
        return new RepeatingPass(vertx, "test", () -> {
            passesRun.incrementAndGet();
            ranOnce.countDown();
            ranTwice.countDown();
            return Uni.createFrom().item(0);
        }, done -> false, HOUR, HOUR);
    }
}
