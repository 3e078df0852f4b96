package org.microcred.support.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.wallet.CredentialShared;
import org.microcred.support.outbox.TraceContext;

class ConsumedEventSpanTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PUBLISHER_SPAN = "00f067aa0ba902b7";

    private final ConsumedEventSpan spans =
            new ConsumedEventSpan(SdkTracerProvider.builder().build().get("test"));

    @Test
    void theHandlersEventsCarryTheTraceOfTheEventItConsumes() {
        EventEnvelope<?> envelope = envelope("00-" + TRACE_ID + "-" + PUBLISHER_SPAN + "-01");
        AtomicReference<String> written = new AtomicReference<>();
        AtomicReference<Span> during = new AtomicReference<>();

        spans.around("wallet", envelope, () -> {
            written.set(TraceContext.current());
            during.set(Span.current());
            return Uni.createFrom().voidItem();
        }).await().indefinitely();

        ReadableSpan span = (ReadableSpan) during.get();
        assertEquals(TRACE_ID, span.getSpanContext().getTraceId(), "the consumer span continues the event's trace");
        assertEquals(PUBLISHER_SPAN, span.getParentSpanContext().getSpanId(), "its parent is the publishing span");
        assertEquals("00-" + TRACE_ID + "-" + span.getSpanContext().getSpanId() + "-01", written.get(),
                "an outbox row written by the handler names the consumer span");
        assertEquals(true, span.hasEnded());
        assertNotEquals(TRACE_ID, Span.current().getSpanContext().getTraceId(), "the span is current only inside");
    }

    @Test
    void theTenantAndEventIdAreInTheLoggingContextWhileTheHandlerRuns() {
        EventEnvelope<?> envelope = envelope(null);
        AtomicReference<Object> tenant = new AtomicReference<>();
        AtomicReference<Object> eventId = new AtomicReference<>();

        spans.around("wallet", envelope, () -> {
            tenant.set(MDC.get("tenant"));
            eventId.set(MDC.get("eventId"));
            return Uni.createFrom().voidItem();
        }).await().indefinitely();

        assertEquals("northbridge", tenant.get());
        assertEquals(envelope.eventId().toString(), eventId.get());
        assertNull(MDC.get("tenant"), "removed after the handler");
    }

    @Test
    void anEventWithoutTraceparentStartsATraceOfItsOwn() {
        AtomicReference<String> written = new AtomicReference<>();
        spans.around("wallet", envelope(null), () -> {
            written.set(TraceContext.current());
            return Uni.createFrom().voidItem();
        }).await().indefinitely();

        assertNotEquals(null, written.get());
    }

    private static EventEnvelope<?> envelope(String traceparent) {
        return EventEnvelope.wrap(new CredentialShared(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                "earner-1", Instant.now(), null), "northbridge", "c-1", Instant.now(),
                traceparent);
    }
}
