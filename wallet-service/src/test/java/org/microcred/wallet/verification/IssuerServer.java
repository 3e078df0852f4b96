package org.microcred.wallet.verification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny issuer web site on a random loopback port, for the whole test run: it serves whatever a
 * test PUTs to a path (with the {@code Cache-Control} the test sends in {@code X-Cache-Control}).
 * Documents go over HTTP rather than a static map because the server and the tests live in
 * different class loaders under {@code @QuarkusTest}. Only {@code /trusted/} is on the allow-list.
 */
public class IssuerServer implements QuarkusTestResourceLifecycleManager {

    public static final String PORT_PROPERTY = "test.issuer-server.port";

    private record Served(byte[] body, String cacheControl) {
    }

    private HttpServer server;
    private final Map<String, Served> documents = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "microcred.verify.trusted-issuers", "http://localhost:8084/," + base + "/trusted/",
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
                documents.put(path, new Served(exchange.getRequestBody().readAllBytes(),
                        exchange.getRequestHeaders().getFirst("X-Cache-Control")));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            Served served = documents.get(path);
            if (served == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
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
}
