package org.microcred.support.ratelimit;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.microcred.events.EventCodec;
import org.microcred.support.problem.Problem;

/**
 * The per-client limit on a service's public endpoints ({@link RateLimitConfig}): every request to a limited path
 * costs one unit, and a resource may charge more for expensive work with
 * {@link #charge(HttpServerRequest, int) charge(request, units)}. A client out of units is answered 429
 * {@code rate-limited} with {@code Retry-After}.
 *
 * <p>It runs as a Vert.x route ahead of the REST layer, on the normalised path ({@link RequestPaths}), so a request
 * is counted before its body is read and however its path is spelt. The client is the direct peer, or the client a
 * trusted proxy reports ({@link ClientAddresses}); clients in an exempt network are never limited. Requests with a
 * bearer token to the paths authenticated clients call ({@link RateLimitConfig#clientPaths()}) are left to the
 * limit per client ({@link ClientRateLimit}).
 */
@ApplicationScoped
public class PublicRateLimit {

    /** After the body-size check (which refuses without reading), before anything else. */
    static final int ROUTE_ORDER = Integer.MIN_VALUE + 1;

    /** Peers without an IP address (a Unix socket) share one bucket; they are never exempt by accident. */
    static final String UNKNOWN_PEER = "unknown";

    private static final String BEARER = "Bearer ";

    private final List<String> paths;
    private final List<Pattern> clientPaths;
    private final ClientAddresses clients;
    private final Networks exempt;
    private final TokenBuckets buckets;

    public PublicRateLimit(RateLimitConfig config) {
        this.paths = config.paths().orElse(List.of()).stream().map(RequestPaths::normalise).toList();
        this.clientPaths = config.clientPaths().orElse(List.of()).stream().map(Pattern::compile).toList();
        this.clients = new ClientAddresses(networks(config.trustedProxies()), config.forwardingHeader());
        this.exempt = networks(config.exemptNetworks());
        this.buckets = new TokenBuckets(config.requests(), config.period(), config.maxClients(), System::nanoTime);
    }

    void install(@Observes Router router) {
        if (!paths.isEmpty()) {
            router.route().order(ROUTE_ORDER).handler(this::limit);
        }
    }

    /**
     * Charges the calling client {@code units} more units (on top of the one its request cost), for a request whose
     * work is worth more than one, such as a verification with many proofs. Exempt clients are not charged.
     *
     * @throws RateLimitedException (429 with Retry-After) when the client cannot pay; nothing is taken then
     */
    public void charge(HttpServerRequest request, int units) {
        if (units <= 0) {
            return;
        }
        Optional<String> key = keyOf(request);
        if (key.isPresent()) {
            TokenBuckets.Verdict verdict = buckets.tryAcquire(key.get(), units);
            if (!verdict.allowed()) {
                throw new RateLimitedException(verdict.retryAfterSeconds());
            }
        }
    }

    /**
     * The request's client as this limiter keys it (an IPv4 address, an IPv6 /64; the client a trusted proxy reports),
     * exempt networks included: for a resource that keeps a limit of its own per client address
     * ({@link ClientRateLimit}) or records where a request came from.
     */
    public String clientAddressOf(HttpServerRequest request) {
        return peerOf(request)
                .map(peer -> IpAddresses.clientKey(
                        clients.clientOf(peer, request.headers().getAll(clients.header().headerName))))
                .orElse(UNKNOWN_PEER);
    }

    boolean isLimited(String rawPath) {
        String path = RequestPaths.normalise(rawPath);
        return paths.stream().anyMatch(path::startsWith);
    }

    /**
     * A request to a client path with a bearer token: its client is limited by the resource once the token is
     * verified ({@link ClientRateLimit}). A forged token gets no further than the token check (401).
     */
    boolean isClientRequest(String rawPath, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        String path = RequestPaths.normalise(rawPath);
        return clientPaths.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean limited = isLimited(request.path())
                && !isClientRequest(request.path(), request.getHeader(HttpHeaders.AUTHORIZATION));
        Optional<String> key = limited ? keyOf(request) : Optional.empty();
        TokenBuckets.Verdict verdict = key.map(k -> buckets.tryAcquire(k, 1)).orElse(TokenBuckets.Verdict.ALLOWED);
        if (verdict.allowed()) {
            context.next();
            return;
        }
        RateLimitedException refusal = new RateLimitedException(verdict.retryAfterSeconds());
        context.response().setStatusCode(429)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", Long.toString(verdict.retryAfterSeconds()))
                .end(json(refusal.toProblem(request.path())));
    }

    /** The bucket of the request's client; empty for an exempt client. */
    private Optional<String> keyOf(HttpServerRequest request) {
        Optional<InetAddress> peer = peerOf(request);
        if (peer.isEmpty()) {
            return Optional.of(UNKNOWN_PEER);
        }
        InetAddress client = clients.clientOf(peer.get(), request.headers().getAll(clients.header().headerName));
        return exempt.contains(client) ? Optional.empty() : Optional.of(IpAddresses.clientKey(client));
    }

    /**
     * The socket's peer. The connection's address, not the request's: Quarkus's own forwarding support
     * ({@code quarkus.http.proxy.*}) rewrites the request's address from the header, believing any peer.
     */
    private static Optional<InetAddress> peerOf(HttpServerRequest request) {
        SocketAddress peer = request.connection() != null ? request.connection().remoteAddress() : null;
        if (peer == null) {
            peer = request.remoteAddress();
        }
        String host = peer == null ? null : peer.hostAddress();
        return IpAddresses.parse(host);
    }

    private static Networks networks(Optional<List<String>> cidrs) {
        return cidrs.map(Networks::parse).orElse(Networks.NONE);
    }

    private static String json(Problem problem) {
        try {
            return EventCodec.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serializes", e);
        }
    }
}
