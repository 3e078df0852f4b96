package org.microcred.support.background;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Background work done in passes on a Vert.x timer (the outbox relay, the LMS inbox, enrolment expiry). Each pass
 * schedules the next when it ends, so the passes of one instance never overlap. A pass whose result says more may
 * be waiting is followed at once, any other after the interval, a failed one after {@code afterFailure}.
 *
 * <p>Why not quarkus-scheduler: its in-memory scheduler looks at its triggers once a second
 * ({@code SimpleScheduler.CHECK_PERIOD}, 1000 ms in 3.33), so an outbox polled every 50 ms would wait up to a second
 * per hop, and a job cannot ask to run again at once when a full batch says more is waiting. A pass here is one
 * Vert.x timer, which costs nothing between passes.
 */
public final class RepeatingPass {

    private static final Logger LOG = Logger.getLogger(RepeatingPass.class);

    private final Vertx vertx;
    private final String name;
    private final Supplier<Uni<Integer>> pass;
    private final IntPredicate goOnAtOnce;
    private final Duration interval;
    private final Duration afterFailure;
    private volatile boolean stopped;

    /**
     * @param name       for the log, e.g. "Outbox relay"
     * @param pass       one pass, answering how much it did
     * @param goOnAtOnce whether that amount means more may be waiting
     */
    public RepeatingPass(Vertx vertx, String name, Supplier<Uni<Integer>> pass, IntPredicate goOnAtOnce,
            Duration interval, Duration afterFailure) {
        this.vertx = vertx;
        this.name = name;
        this.pass = pass;
        this.goOnAtOnce = goOnAtOnce;
        this.interval = interval;
        this.afterFailure = afterFailure;
    }

    /** Starts the passes, the first after {@code firstDelay}. */
    public void start(Duration firstDelay) {
        schedule(firstDelay.toMillis());
    }

    /** No pass starts after this; a pass that shutdown cuts short fails quietly, its work left for the next start. */
    public void stop() {
        stopped = true;
    }

    /**
     * Runs {@code work} on a new duplicated Vert.x context marked safe, as a request's is: Hibernate Reactive needs
     * one, and a timer's callback has none. Passes run this way; tests call a single pass through it too.
     */
    public static <T> Uni<T> onSafeContext(Vertx vertx, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> work.get().subscribe().with(emitter::complete, emitter::fail));
        });
    }

    private void schedule(long delayMillis) {
        if (stopped) {
            return;
        }
        vertx.setTimer(Math.max(1, delayMillis), timer -> onSafeContext(vertx, pass).subscribe().with(
                done -> schedule(goOnAtOnce.test(done) ? 0 : interval.toMillis()),
                failure -> {
                    if (!stopped) {
                        LOG.warnf("%s pass failed; retrying in %s: %s", name, afterFailure, failure.toString());
                        schedule(afterFailure.toMillis());
                    }
                }));
    }
}
