package org.microcred.support.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The W3C {@code traceparent} of the work being done (a request, or a consumed event), carried into the events it
 * causes: the current OpenTelemetry span's, which Quarkus keeps on the Vert.x context across the reactive chain;
 * failing that, a well-formed {@code traceparent} header the request came with ({@link TraceparentFilter}).
 */
public final class TraceContext {

    static final String KEY = "microcred.traceparent";

    private TraceContext() {
    }

    public static String current() {
        String fromSpan = traceparent(Span.current().getSpanContext());
        if (fromSpan != null) {
            return fromSpan;
        }
        Context context = Vertx.currentContext();
        return context == null ? null : context.getLocal(KEY);
    }

    /** The span's {@code traceparent} header value, or null for an invalid (absent) span. */
    public static String traceparent(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    static void set(String traceparent) {
        Context context = Vertx.currentContext();
        if (context != null && traceparent != null) {
            context.putLocal(KEY, traceparent);
        }
    }
}
