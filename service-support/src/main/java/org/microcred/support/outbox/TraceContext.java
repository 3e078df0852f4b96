package org.microcred.support.outbox;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The W3C {@code traceparent} of the request being served, carried into the events it causes.
 * {@link TraceparentFilter} stores it on the request's Vert.x context.
 */
public final class TraceContext {

    static final String KEY = "microcred.traceparent";

    private TraceContext() {
    }

    public static String current() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(KEY);
    }

    static void set(String traceparent) {
        Context context = Vertx.currentContext();
        if (context != null && traceparent != null) {
            context.putLocal(KEY, traceparent);
        }
    }
}
