package org.microcred.enrolment.outbound.service;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.TrustOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.microcred.enrolment.outbound.OutboundConfig;
import org.microcred.support.outbound.CheckedTarget;
import org.microcred.support.outbound.PinnedExchange;

/**
 * One POST to a checked target: connected to the address the guard checked (the URL's host still names the
 * request and the TLS server, whose certificate is verified against the JDK's default trust plus
 * {@code microcred.outbound.trust-certificates}, and whose name must match the URL's host), no redirect followed
 * (a 3xx is a failed attempt),
 * connect and read timeouts, and at most {@value #MAX_RESPONSE_BYTES} bytes of the answer read, then discarded.
 * Never fails: the answer is the HTTP status or the error.
 */
@ApplicationScoped
public class OutboundHttp {

    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    /** What one attempt came to: an HTTP status, or an error (and how long it took). */
    public record Result(Integer status, String error, long durationMs) {
        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    public OutboundHttp(Vertx vertx, OutboundConfig config) {
        this.vertx = vertx;
        this.connectTimeout = config.connectTimeout();
        this.readTimeout = config.readTimeout();
        HttpClientOptions options = PinnedExchange.clientOptions(connectTimeout);
        List<String> trusted = config.trustCertificates().orElse(List.of()).stream()
                .filter(path -> !path.isBlank()).toList();
        if (!trusted.isEmpty()) {
            options.setTrustOptions(TrustOptions.wrap(OutboundTrust.withDefaults(trusted)));
        }
        // A pass sends its whole batch at once, several deliveries possibly to one endpoint: none waits for a
        // connection of the pool (each attempt's time limit counts from its start).
        this.client = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(OutboundSender.BATCH));
    }

    void stop(@Observes ShutdownEvent stopping) {
        client.close();
    }

    public Uni<Result> post(CheckedTarget target, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        RequestOptions options = PinnedExchange.request(target, HttpMethod.POST)
                .setConnectTimeout(connectTimeout.toMillis())
                .setIdleTimeout(readTimeout.toMillis());
        headers.forEach(options::putHeader);
        // The answer's body is read (up to the limit) and discarded: only its status counts.
        return PinnedExchange.exchange(vertx, client, options, Buffer.buffer(body), MAX_RESPONSE_BYTES,
                        connectTimeout.plus(readTimeout).toMillis())
                .map(answer -> new Result(answer.status(), null, elapsed(started)))
                .onFailure().recoverWithItem(failure -> new Result(null, describe(failure), elapsed(started)));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The failure, and its root cause when another one (a TLS failure's: the certificate path, the host name). */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = one(failure) + (root == failure ? "" : " (" + one(root) + ")");
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static String one(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
