package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microcred.e2e.OtlpReceiver.ReceivedSpan;

/** The receiver reads a span from an OTLP/HTTP protobuf request as an exporter sends it, fields it skips included. */
class OtlpReceiverTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void readsTheServiceTraceSpanParentNameAndKindOfAnExportedSpan() throws Exception {
        OtlpReceiver receiver = OtlpReceiver.start();

        assertEquals(200, export(receiver, exportRequest()));

        assertEquals(List.of(new ReceivedSpan("submission-service", TRACE_ID, "00f067aa0ba902b7", "b7ad6b7169203331",
                "POST /api/v1/submissions", 2)), receiver.ofTrace(TRACE_ID));
    }

    /** An exporter that retries a batch (OTLP is at least once) sends the same span twice: it is one span. */
    @Test
    void aSpanExportedTwiceIsOneSpan() throws Exception {
        OtlpReceiver receiver = OtlpReceiver.start();

        export(receiver, exportRequest());
        export(receiver, exportRequest());

        assertEquals(1, receiver.ofTrace(TRACE_ID).size(), receiver.ofTrace(TRACE_ID).toString());
    }

    private static int export(OtlpReceiver receiver, byte[] request) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(receiver.endpoint()))
                .header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** One span of submission-service, as an exporter encodes it, with fields the receiver skips. */
    private static byte[] exportRequest() {
        byte[] span = concat(
                bytesField(1, HexFormat.of().parseHex(TRACE_ID)),
                bytesField(2, HexFormat.of().parseHex("00f067aa0ba902b7")),
                bytesField(3, "state".getBytes(StandardCharsets.UTF_8)),
                bytesField(4, HexFormat.of().parseHex("b7ad6b7169203331")),
                bytesField(5, "POST /api/v1/submissions".getBytes(StandardCharsets.UTF_8)),
                varintField(6, 2),
                fixed64Field(7, 1_700_000_000_000_000_000L));
        byte[] attribute = concat(bytesField(1, "service.name".getBytes(StandardCharsets.UTF_8)),
                bytesField(2, bytesField(1, "submission-service".getBytes(StandardCharsets.UTF_8))));
        byte[] resource = bytesField(1, attribute);
        byte[] scopeSpans = concat(bytesField(1, bytesField(1, "io.quarkus".getBytes(StandardCharsets.UTF_8))),
                bytesField(2, span));
        return bytesField(1, concat(bytesField(1, resource), bytesField(2, scopeSpans)));
    }

    private static byte[] bytesField(int field, byte[] value) {
        return concat(varint((field << 3) | 2), varint(value.length), value);
    }

    private static byte[] varintField(int field, long value) {
        return concat(varint(field << 3), varint(value));
    }

    private static byte[] fixed64Field(int field, long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return concat(varint((field << 3) | 1), bytes);
    }

    private static byte[] varint(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
