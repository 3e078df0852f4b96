package org.microcred.support.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.microcred.events.EventEnvelope;
import org.microcred.events.wallet.CredentialShared;

/**
 * A line a consumer logs while it handles an event, formatted as the containers write it (quarkus-logging-json's
 * formatter, MICROCRED_LOG_JSON=true), names the trace, the tenant and the event. In a running service Quarkus's
 * OpenTelemetry context storage puts traceId and spanId into the MDC when the span becomes current; here the test
 * puts them, as that storage would, from the current span.
 */
class ConsumerLogRecordTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aJsonLogLineWrittenWhileHandlingAnEventCarriesTraceTenantAndEvent() throws Exception {
        ConsumedEventSpan spans = new ConsumedEventSpan(SdkTracerProvider.builder().build().get("test"));
        EventEnvelope<?> envelope = EventEnvelope.wrap(new CredentialShared(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "earner-1", Instant.now(), null), "northbridge", "c-1", Instant.now(),
                "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
        AtomicReference<String> line = new AtomicReference<>();

        spans.around("wallet", envelope, () -> {
            MDC.put("traceId", Span.current().getSpanContext().getTraceId());
            try {
                ExtLogRecord record = new ExtLogRecord(Level.INFO, "Stored a credential", getClass().getName());
                record.copyMdc();
                line.set(new JsonFormatter().format(record));
            } finally {
                MDC.remove("traceId");
            }
            return Uni.createFrom().voidItem();
        }).await().indefinitely();

        JsonNode json = new ObjectMapper().readTree(line.get());
        assertEquals(TRACE_ID, json.at("/mdc/traceId").asText(), line.get());
        assertEquals("northbridge", json.at("/mdc/tenant").asText(), line.get());
        assertEquals(envelope.eventId().toString(), json.at("/mdc/eventId").asText(), line.get());
    }
}
