package org.microcred.wallet.verification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny issuer web site on a random loopback port, for the whole test run: it serves whatever a
 * test PUTs to a path (with the {@code Cache-Control} the test sends in {@code X-Cache-Control}).
 * Documents go over HTTP rather than a static map because the server and the tests live in
 * different class loaders under {@code @QuarkusTest}. Only {@code /trusted/} is on the allow-list. A test may ask an
 * answer to be slow ({@code X-Delay-Millis} on the PUT) and may ask how many GETs reached the paths under a prefix
 * ({@code GET /hits?prefix=...}), to show that verification did, or did not, make a request.
 */
public class IssuerServer implements QuarkusTestResourceLifecycleManager {

    public static final String PORT_PROPERTY = "test.issuer-server.port";

    private record Served(byte[] body, String cacheControl, long delayMillis) {
    }

    private HttpServer server;
    private final Map<String, Served> documents = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.createContext("/hits", this::countHits);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "microcred.verify.trusted-issuers", "http://localhost:8084/," + base + "/trusted/",
                // The conformance vector's did:key stands for another institution this deployment trusts.
                "microcred.verify.known-issuers", TestIssuer.vectorKey().id,
                PORT_PROPERTY, Integer.toString(server.getAddress().getPort()));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if ("PUT".equals(exchange.getRequestMethod())) {
                String delay = exchange.getRequestHeaders().getFirst("X-Delay-Millis");
                documents.put(path, new Served(exchange.getRequestBody().readAllBytes(),
                        exchange.getRequestHeaders().getFirst("X-Cache-Control"),
                        delay == null ? 0 : Long.parseLong(delay)));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Served served = documents.get(path);
            if (served == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            sleep(served.delayMillis());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            if (served.cacheControl() != null) {
                exchange.getResponseHeaders().set("Cache-Control", served.cacheControl());
            }
            exchange.sendResponseHeaders(200, served.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(served.body());
            }
        }
    }

    private void countHits(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getQuery();
            String prefix = query == null ? "" : query.substring(query.indexOf('=') + 1);
            int count = hits.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                    .mapToInt(e -> e.getValue().get()).sum();
            byte[] body = Integer.toString(count).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
