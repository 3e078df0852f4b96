package org.microcred.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP (protobuf) trace receiver inside the test JVM: the services of {@link RunningSystem} export their
 * spans to it, and a test reads which service recorded which span of which trace. It keeps only those few fields,
 * and at most {@link #MAX_SPANS} spans (the bad-input corpus alone makes thousands of requests).
 */
final class OtlpReceiver {

    static final int MAX_SPANS = 500_000;

    /** One exported span, as much of it as the tests look at. {@code kind}: 2 server, 5 consumer (OTLP's enum). */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free port of 127.0.0.1; any path is taken as the traces path (/v1/traces). */
    static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/", receiver::receive);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
                Thread thread = new Thread(r, "otlp-receiver");
                thread.setDaemon(true);
                return thread;
            }));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the OTLP receiver", e);
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    /**
     * The trace's spans, each once. An exporter may send a batch again (OTLP export is at least once: a response it
     * did not get in time is retried), so the same span (same span id) can arrive twice; the CI rehearsal of 7f06150
     * saw every span of two services twice, which read as two roots.
     */
    List<ReceivedSpan> ofTrace(String traceId) {
        Map<String, ReceivedSpan> bySpanId = new LinkedHashMap<>();
        spans.stream().filter(span -> span.traceId().equals(traceId))
                .forEach(span -> bySpanId.putIfAbsent(span.spanId(), span));
        return List.copyOf(bySpanId.values());
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            byte[] request = body.readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            try {
                readRequest(new Protobuf(request));
            } catch (RuntimeException e) {
                System.err.println("OTLP receiver: an export it cannot read: " + e);
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            // An empty ExportTraceServiceResponse: every span accepted.
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** ExportTraceServiceRequest: 1 = ResourceSpans. */
    private void readRequest(Protobuf request) {
        while (request.next()) {
            if (request.field() == 1) {
                readResourceSpans(request.message());
            } else {
                request.skip();
            }
        }
    }

    /** ResourceSpans: 1 = Resource (its service.name), 2 = ScopeSpans (2 = Span). */
    private void readResourceSpans(Protobuf resourceSpans) {
        String service = null;
        List<Protobuf> scopes = new java.util.ArrayList<>();
        while (resourceSpans.next()) {
            if (resourceSpans.field() == 1) {
                service = serviceName(resourceSpans.message());
            } else if (resourceSpans.field() == 2) {
                scopes.add(resourceSpans.message());
            } else {
                resourceSpans.skip();
            }
        }
        for (Protobuf scope : scopes) {
            while (scope.next()) {
                if (scope.field() == 2) {
                    readSpan(service, scope.message());
                } else {
                    scope.skip();
                }
            }
        }
    }

    /** Resource: 1 = KeyValue (1 = key, 2 = AnyValue, whose 1 = string_value). */
    private static String serviceName(Protobuf resource) {
        String service = null;
        while (resource.next()) {
            if (resource.field() != 1) {
                resource.skip();
                continue;
            }
            Protobuf attribute = resource.message();
            String key = null;
            String value = null;
            while (attribute.next()) {
                if (attribute.field() == 1) {
                    key = attribute.string();
                } else if (attribute.field() == 2) {
                    Protobuf any = attribute.message();
                    while (any.next()) {
                        if (any.field() == 1) {
                            value = any.string();
                        } else {
                            any.skip();
                        }
                    }
                } else {
                    attribute.skip();
                }
            }
            if ("service.name".equals(key)) {
                service = value;
            }
        }
        return service;
    }

    /** Span: 1 = trace_id, 2 = span_id, 4 = parent_span_id, 5 = name, 6 = kind. */
    private void readSpan(String service, Protobuf span) {
        String traceId = null;
        String spanId = null;
        String parentSpanId = "";
        String name = null;
        int kind = 0;
        while (span.next()) {
            switch (span.field()) {
                case 1 -> traceId = HexFormat.of().formatHex(span.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(span.bytes());
                case 4 -> parentSpanId = HexFormat.of().formatHex(span.bytes());
                case 5 -> name = span.string();
                case 6 -> kind = (int) span.varint();
                default -> span.skip();
            }
        }
        if (count.incrementAndGet() <= MAX_SPANS) {
            spans.add(new ReceivedSpan(service, traceId, spanId, parentSpanId, name, kind));
        }
    }
}
