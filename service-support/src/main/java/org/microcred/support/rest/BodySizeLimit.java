package org.microcred.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.microcred.events.EventCodec;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;

/**
 * The one request-body limiter of every service ({@link BodyLimitConfig}). A body whose declared length is over its
 * limit is answered 413 {@code body-too-large} before anything reads it, as a Vert.x route ahead of the REST layer
 * (the multipart parser starts before JAX-RS filters would). The connection is closed rather than drained: a client
 * that sent {@code Expect: 100-continue} never sends the body at all. Quarkus would refuse a body over its own
 * {@code max-body-size} too, but with an empty answer; a client should learn which limit it crossed.
 */
@ApplicationScoped
public class BodySizeLimit {

    public static final String SLUG = "body-too-large";

    private final long defaultLimit;
    private final long multipartLimit;
    /** Path prefixes with their limits, longest first, so the first match is the most specific. */
    private final List<Map.Entry<String, Long>> byPath;

    public BodySizeLimit(BodyLimitConfig config) {
        this.defaultLimit = config.defaultLimit().asLongValue();
        this.multipartLimit = config.multipart().map(size -> size.asLongValue()).orElse(defaultLimit);
        this.byPath = config.paths().entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue().asLongValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, Long> entry) -> entry.getKey().length()).reversed())
                .toList();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::quietlyEndTooLarge);
    }

    /** The same answer for a resource that reads a body without a declared length and finds it too long. */
    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, SLUG, "Request body too large", detail(maxBytes));
    }

    /**
     * The limit of this request, for a resource that reads a body sent without a declared length (chunked) and must
     * hold it to the same limit.
     */
    public long limitOf(HttpServerRequest request) {
        return limitOf(request.path(), request.getHeader(HttpHeaders.CONTENT_TYPE));
    }

    /** The limit of a request to {@code path} with the given {@code Content-Type} (may be null). */
    long limitOf(String path, String contentType) {
        for (Map.Entry<String, Long> entry : byPath) {
            if (path.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        boolean multipart = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        return multipart ? multipartLimit : defaultLimit;
    }

    private void check(RoutingContext context) {
        long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        long limit = limitOf(context.request());
        if (declared <= limit) {
            context.next();
        } else {
            refuse(context, limit);
        }
    }

    /**
     * A body without a declared length that crosses the HTTP server's cap fails inside the body or multipart
     * parser, which usually has answered it already; the failure then only needs to end quietly instead of being
     * logged as a server error.
     */
    private void quietlyEndTooLarge(RoutingContext context) {
        boolean tooLarge = context.statusCode() == 413
                || context.failure() instanceof WebApplicationException e && e.getResponse().getStatus() == 413;
        if (!tooLarge) {
            context.next();
        } else if (context.response().headWritten()) {
            if (!context.response().ended()) {
                context.response().end();
            }
        } else {
            refuse(context, limitOf(context.request()));
        }
    }

    /**
     * The body length a request declares; -1 without {@code Content-Length}. A length that is not a number counts
     * as too large: such a request is not worth reading.
     */
    static long declaredLength(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void refuse(RoutingContext context, long limit) {
        Problem problem = tooLarge(limit).toProblem(context.request().path());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json(problem));
    }

    private static String detail(long maxBytes) {
        return "A request body may have at most " + maxBytes + " bytes";
    }

    private static String json(Problem problem) {
        try {
            return EventCodec.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serializes", e);
        }
    }
}
