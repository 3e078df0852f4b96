package org.microcred.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a load balancer in front of a service's instances does, on a port of its own: each request goes to the next
 * instance in turn; a request the instance could not answer (refused, or the connection dropped because the process
 * died) is sent to the next one. Like nginx's {@code proxy_next_upstream error non_idempotent}, it retries requests
 * of every method: the journey's calls are safe to repeat (enrolment, draft, submit and claim answer the same thing
 * again; a second upload adds a file; a repeated decision is refused as already decided, which the caller checks).
 */
final class RoundRobinBalancer implements AutoCloseable {

    /** Headers that belong to one connection, or that the JDK's client sets itself and refuses from callers. */
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "date", "expect", "from",
            "host", "keep-alive", "origin", "proxy-connection", "referer", "te", "trailer", "transfer-encoding",
            "upgrade", "via", "warning", "http2-settings");

    private final List<String> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final Map<String, AtomicInteger> answeredBy = new ConcurrentHashMap<>();
    private final AtomicInteger retried = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpServer server;

    private RoundRobinBalancer(List<String> instances) throws IOException {
        this.instances = List.copyOf(instances);
        instances.forEach(instance -> answeredBy.put(instance, new AtomicInteger()));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** A balancer over the instances' base URLs ({@code http://localhost:<port>}). */
    static RoundRobinBalancer over(List<String> instances) {
        try {
            return new RoundRobinBalancer(instances);
        } catch (IOException e) {
            throw new IllegalStateException("Could not open the balancer's port", e);
        }
    }

    /** The balancer's own base URL, for the clients. */
    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** How many requests the instance answered. */
    int answeredBy(String instance) {
        return answeredBy.get(instance).get();
    }

    /** How many times an instance failed a request and the next one was asked. */
    int retried() {
        return retried.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int first = Math.floorMod(next.getAndIncrement(), instances.size());
            IOException failure = null;
            for (int i = 0; i < instances.size(); i++) {
                String instance = instances.get((first + i) % instances.size());
                try {
                    HttpResponse<byte[]> response = client.send(request(exchange, instance, body),
                            HttpResponse.BodyHandlers.ofByteArray());
                    answeredBy.get(instance).incrementAndGet();
                    reply(exchange, response.statusCode(), response.headers().map(), response.body());
                    return;
                } catch (IOException e) {
                    failure = e;
                    retried.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            reply(exchange, 502, Map.of(), ("No instance answered: " + failure).getBytes(StandardCharsets.UTF_8));
        }
    }

    private HttpRequest request(HttpExchange exchange, String instance, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(instance + exchange.getRequestURI()))
                .timeout(Duration.ofSeconds(30))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    private static void reply(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body)
            throws IOException {
        headers.forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        // -1: no body at all (204, 304 and empty answers); otherwise its exact length.
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
