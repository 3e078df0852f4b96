package org.microcred.wallet.verification;

import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.microcred.wallet.config.VerifyLimitsConfig;

/**
 * At most so many verifications at once (canonicalisation is CPU work): the others wait a little for a place,
 * then are answered 503 with {@code Retry-After} ({@link VerificationBusyException}) rather than queue behind a
 * flood. Verification blocks (fetches, CPU), so it must never run on a Vert.x event loop: that is refused here.
 */
@ApplicationScoped
public class VerificationBulkhead {

    private final Semaphore places;
    private final Duration maxWait;
    private final Duration retryAfter;

    @Inject
    public VerificationBulkhead(VerifyLimitsConfig config) {
        this(config.maxConcurrent().orElse(Runtime.getRuntime().availableProcessors()), config.maxWait(),
                config.retryAfter());
    }

    VerificationBulkhead(int maxConcurrent, Duration maxWait, Duration retryAfter) {
        this.places = new Semaphore(Math.max(1, maxConcurrent), true);
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
    }

    /** Runs the verification in a free place, or refuses it. */
    <T> T run(Supplier<T> verification) {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("verification blocks: it must not run on an event loop thread");
        }
        boolean admitted;
        try {
            admitted = places.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new VerificationBusyException(Math.max(1, retryAfter.toSeconds()));
        }
        try {
            return verification.get();
        } finally {
            places.release();
        }
    }
}
