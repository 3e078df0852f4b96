package org.microcred.support.metrics;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds a meter's increment until the unit of work that made the change has committed, so a retried message or a
 * rolled-back request counts nothing twice. A unit is a consumed message ({@code EventConsumer}: one per attempt,
 * run once the transaction succeeded) or a REST request ({@link AfterCommitFilter}: run when the response is not an
 * error; a {@code @WithTransaction} method has committed by then). The actions live on the unit's Vert.x
 * (duplicated) context. Outside a unit (a background pass) an action runs at once.
 */
public final class AfterCommit {

    static final String KEY = "microcred.after-commit";

    private AfterCommit() {
    }

    /** Runs {@code action} once the current unit of work has committed, or at once outside one. */
    public static void run(Runnable action) {
        List<Runnable> pending = pending();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
        }
    }

    /** Starts a unit of work on the current context; what an earlier attempt held is forgotten. */
    public static void begin() {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(KEY, new ArrayList<Runnable>());
        }
    }

    /** The unit committed: runs what it held. */
    public static void committed() {
        List<Runnable> pending = pending();
        discard();
        if (pending != null) {
            pending.forEach(Runnable::run);
        }
    }

    /** The unit failed: what it held is dropped. */
    public static void discard() {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.removeLocal(KEY);
        }
    }

    private static List<Runnable> pending() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(KEY);
    }
}
