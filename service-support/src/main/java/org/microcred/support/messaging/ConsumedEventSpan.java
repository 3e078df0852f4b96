package org.microcred.support.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.logging.MDC;
import org.microcred.events.EventEnvelope;

/**
 * Continues the trace an event was published in: the consumer's processing is a span whose parent is the event's
 * {@code traceparent} (the span that wrote its outbox row), current while the handler runs, so the outbox rows the
 * handler writes carry the same trace id to the next service. The tenant and the event id go into the logging MDC
 * beside the trace and span ids.
 */
@ApplicationScoped
public class ConsumedEventSpan {

    static final String MDC_TENANT = "tenant";
    static final String MDC_EVENT_ID = "eventId";

    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of("traceparent");
        }

        @Override
        public String get(String carrier, String key) {
            return "traceparent".equals(key) ? carrier : null;
        }
    };

    private final Tracer tracer;

    public ConsumedEventSpan(Tracer tracer) {
        this.tracer = tracer;
    }

    /** Runs {@code work} inside a consumer span that continues the event's trace; ends it when the work ends. */
    public <T> Uni<T> around(String consumer, EventEnvelope<?> envelope, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Span span = start(consumer, envelope);
            Scope scope = span.makeCurrent();
            MDC.put(MDC_TENANT, envelope.tenantId());
            MDC.put(MDC_EVENT_ID, envelope.eventId().toString());
            return work.get().onTermination().invoke((item, failure, cancelled) -> {
                if (failure != null) {
                    span.recordException(failure);
                    span.setStatus(StatusCode.ERROR);
                }
                MDC.remove(MDC_TENANT);
                MDC.remove(MDC_EVENT_ID);
                scope.close();
                span.end();
            });
        });
    }

    Span start(String consumer, EventEnvelope<?> envelope) {
        Context parent = envelope.traceparent() == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), envelope.traceparent(), TRACEPARENT);
        return tracer.spanBuilder(consumer + " process " + envelope.type())
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", envelope.eventId().toString())
                .setAttribute("microcred.tenant", envelope.tenantId())
                .startSpan();
    }
}
