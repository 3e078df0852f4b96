package org.microcred.e2e.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes N deliveries with C in flight: C threads, each starting its next delivery as soon as its last one ended, so
 * exactly C are under way until the last ones.
 */
final class DeliveryRun {

    /** One delivery: when it started and ended (System.nanoTime), its steps, and why it failed (null if it did not). */
    record Outcome(long startNanos, long endNanos, Map<String, Long> stepNanos, DeliveryFailure failure) {

        boolean delivered() {
            return failure == null;
        }

        long nanos() {
            return endNanos - startNanos;
        }
    }

    private DeliveryRun() {
    }

    /** Deliveries {@code first} to {@code first + count - 1}, {@code concurrency} at a time. */
    static List<Outcome> run(Delivery delivery, int first, int count, int concurrency) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<Outcome>> futures = new ArrayList<>(count);
            for (int n = first; n < first + count; n++) {
                int number = n;
                futures.add(pool.submit(() -> deliverOne(delivery, number)));
            }
            List<Outcome> outcomes = new ArrayList<>(count);
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while delivering", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A delivery thread failed outside a delivery", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome deliverOne(Delivery delivery, int n) {
        StepClock clock = new StepClock();
        long start = System.nanoTime();
        DeliveryFailure failure = null;
        try {
            delivery.deliver(n, clock);
        } catch (DeliveryFailure refused) {
            failure = refused;
        } catch (RuntimeException e) { // the driver's own fault (a token it could not get...): still counted
            failure = new DeliveryFailure("driver", DeliveryFailure.UNUSABLE_ANSWER, String.valueOf(e));
        }
        return new Outcome(start, System.nanoTime(), clock.stepNanos(), failure);
    }
}
