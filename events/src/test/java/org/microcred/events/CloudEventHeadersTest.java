package org.microcred.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The headers an event travels with: the CloudEvents attributes in order, and the trace context when there is one. */
class CloudEventHeadersTest {

    private static final UUID ID = UUID.fromString("0b6f8a8e-4a57-4b6f-9d1e-3f1c2a7e5b10");
    private static final Instant AT = Instant.parse("2026-12-05T01:02:03.456Z");

    @Test
    void everyAttributeAndTheTraceContext() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("ce_specversion", "1.0");
        expected.put("ce_id", ID.toString());
        expected.put("ce_source", "/assessment-service");
        expected.put("ce_type", "assessment.decided");
        expected.put("ce_time", "2026-12-05T01:02:03.456Z");
        expected.put("ce_subject", "enrolment-1");
        expected.put("ce_tenantid", "northbridge");
        expected.put("content-type", "application/json");
        expected.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        Map<String, String> headers = CloudEventHeaders.of(ID, "/assessment-service", "assessment.decided", AT,
                "enrolment-1", "northbridge", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        assertEquals(expected, headers);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(headers.keySet()), "written in this order");
    }

    @Test
    void noTraceContextNoHeader() {
        Map<String, String> headers = CloudEventHeaders.of(ID, "/assessment-service", "assessment.decided", AT,
                "enrolment-1", "northbridge", null);

        assertEquals(8, headers.size(), headers.toString());
        assertEquals(false, headers.containsKey("traceparent"));
    }
}
