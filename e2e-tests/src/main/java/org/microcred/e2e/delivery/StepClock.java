package org.microcred.e2e.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.microcred.e2e.Http;

/**
 * Times the steps of one delivery, in the order they are made. A step is either an HTTP exchange with the system or
 * the wallet's own work (signing a key proof or a presentation), timed apart so that the system's share is plain.
 */
final class StepClock {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Runs one step and adds its time under {@code name}. */
    <T> T step(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(name, System.nanoTime() - start, Long::sum);
        }
    }

    /** An HTTP step whose answer must have one of the {@code expected} statuses ({@link DeliveryFailure} otherwise). */
    Http.Reply call(String name, Supplier<Http.Reply> request, int... expected) {
        Http.Reply reply = step(name, () -> {
            try {
                return request.get();
            } catch (RuntimeException e) { // no answer at all: refused connection, reset, time-out
                throw new DeliveryFailure(name, DeliveryFailure.NO_ANSWER, String.valueOf(e.getMessage()));
            }
        });
        return DeliveryFailure.expect(name, reply, expected);
    }

    Map<String, Long> stepNanos() {
        return nanos;
    }
}
