package org.microcred.e2e.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.microcred.e2e.Http;
import org.microcred.e2e.delivery.DeliveryRun.Outcome;

class DeliveryRunTest {

    @Test
    void eachDeliveryIsMadeOnceWithAtMostTheConcurrencyInFlightAndARefusalIsNotRetried() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Set<Integer> made = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        Delivery delivery = (n, clock) -> {
            calls.incrementAndGet();
            made.add(n);
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                clock.call("issue", () -> {
                    sleep();
                    return new Http.Reply(n % 10 == 0 ? 503 : 201, "{}", null);
                }, 201);
            } finally {
                inFlight.decrementAndGet();
            }
        };

        List<Outcome> outcomes = DeliveryRun.run(delivery, 100, 50, 4);

        assertEquals(50, outcomes.size());
        assertEquals(50, calls.get());
        assertEquals(50, made.size());
        assertEquals(100, made.stream().mapToInt(Integer::intValue).min().orElseThrow());
        assertEquals(4, most.get());
        assertEquals(5, outcomes.stream().filter(o -> !o.delivered()).count());
        Outcome refused = outcomes.stream().filter(o -> !o.delivered()).findFirst().orElseThrow();
        assertEquals("issue 503", refused.failure().kind());
        assertEquals(Set.of("issue"), refused.stepNanos().keySet());
    }

    @Test
    void noAnswerAtAllIsAFailureOfTheStepWithStatusZero() {
        List<Outcome> outcomes = DeliveryRun.run((n, clock) -> clock.call("token", () -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("Connection refused"));
        }, 200), 0, 1, 1);
        assertEquals("token 0", outcomes.get(0).failure().kind());
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
