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
 * <p>{@link #wake()} says work has arrived: a pass starts now if none runs, or again right after the one running (which
 * may have read before the work was committed). With wakes the interval is only a fallback (work written by another
 * replica, or left by one that crashed), so it can be seconds long and an idle service stays idle (issue 11: at 50 ms
 * the passes of five services cost about a third of a core doing nothing).
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
    /** Guards the three fields below: wakes come from any thread, passes end on the event loop. */
    private final Object lock = new Object();
    private boolean started;
    private boolean stopped;
    /** The timer of the next pass, or -1 while a pass runs (or before the start). */
    private long timer = -1;
    private boolean running;
    /** A wake came while a pass ran: run another as soon as it ends. */
    private boolean wokenWhileRunning;

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
        synchronized (lock) {
            started = true;
            schedule(firstDelay.toMillis());
        }
    }

    /** No pass starts after this; a pass that shutdown cuts short fails quietly, its work left for the next start. */
    public void stop() {
        synchronized (lock) {
            stopped = true;
            if (timer != -1) {
                vertx.cancelTimer(timer);
                timer = -1;
            }
        }
    }

    /**
     * Work has arrived: a pass starts now, or right after the one running; never two at once. Before the start and after
     * the stop it does nothing. Cheap enough to call for every committed unit of work.
     */
    public void wake() {
        synchronized (lock) {
            if (!started || stopped) {
                return;
            }
            if (running) {
                wokenWhileRunning = true;
            } else if (timer != -1 && vertx.cancelTimer(timer)) {
                schedule(0);
            }
            // else the timer is firing already: its pass starts after this wake, so it sees the work.
        }
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

    /** Called holding the lock. */
    private void schedule(long delayMillis) {
        if (stopped) {
            return;
        }
        timer = vertx.setTimer(Math.max(1, delayMillis), fired -> runPass());
    }

    private void runPass() {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            timer = -1;
            running = true;
            wokenWhileRunning = false;
        }
        onSafeContext(vertx, pass).subscribe().with(
                done -> passEnded(goOnAtOnce.test(done) ? 0 : interval.toMillis()),
                failure -> {
                    if (!stopped) {
                        LOG.warnf("%s pass failed; retrying in %s: %s", name, afterFailure, failure.toString());
                    }
                    passEnded(afterFailure.toMillis());
                });
    }

    private void passEnded(long nextDelayMillis) {
        synchronized (lock) {
            running = false;
            schedule(wokenWhileRunning ? 0 : nextDelayMillis);
        }
    }
}
