package org.microcred.wallet.rest;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.microcred.support.problem.Problem;
import org.microcred.wallet.config.RateLimitConfig;
import org.microcred.wallet.ratelimit.TokenBuckets;

/**
 * Limits the public (unauthenticated) endpoints per client IP: share pages and verification, which
 * share one allowance. Every public request counts, whether it finds a link or not, which also
 * makes guessing tokens slow, and whether its credential verifies or not.
 */
public class PublicRateLimitFilter {

    static final List<String> PUBLIC_PATHS = List.of("/api/v1/public/", "/api/v1/verify");

    private final TokenBuckets buckets;

    public PublicRateLimitFilter(RateLimitConfig config) {
        this.buckets = new TokenBuckets(config.requests(), config.period(), config.maxClients(), System::nanoTime);
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext context, HttpServerRequest request) {
        // The decoded path, as resources are matched by, so an escaped letter does not dodge the limit.
        String path = context.getUriInfo().getPath();
        if (path == null || PUBLIC_PATHS.stream().noneMatch(path::startsWith)) {
            return null;
        }
        // With quarkus.http.proxy.proxy-address-forwarding this is the client's address, not the proxy's.
        SocketAddress remote = request.remoteAddress();
        TokenBuckets.Verdict verdict = buckets.tryAcquire(remote == null ? "unknown" : remote.hostAddress());
        if (verdict.allowed()) {
            return null;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + "rate-limited", "Too many requests", 429,
                "Too many requests from your address; retry after " + verdict.retryAfterSeconds() + " seconds",
                path, List.of());
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", verdict.retryAfterSeconds())
                .entity(problem).build();
    }
}
