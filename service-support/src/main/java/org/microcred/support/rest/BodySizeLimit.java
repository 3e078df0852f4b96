package org.microcred.support.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.microcred.events.EventCodec;
import org.microcred.support.problem.Problem;

/**
 * A body whose declared length is over the HTTP limit (quarkus.http.limits.max-body-size) is
 * refused as a 413 problem before anything reads it. Quarkus refuses it too, one route later, but
 * with an empty body; a client should learn which limit it crossed. The connection is closed
 * rather than drained: a client that sent {@code Expect: 100-continue} never sends the body at all.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBody;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (declaredLength(context) <= maxBody) {
            context.next();
            return;
        }
        refuse(context, "body-too-large", "Request body too large",
                "A request body may have at most " + maxBody + " bytes");
    }

    /**
     * The body length the request declares; -1 without {@code Content-Length}. A length that is not a number
     * counts as too large: such a request is not worth reading.
     */
    public static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Answers 413 with a problem of type {@code slug} and closes the connection instead of draining the body. */
    public static void refuse(RoutingContext context, String slug, String title, String detail) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, 413, detail, context.request().path(), List.of());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json(problem));
    }

    private static String json(Problem problem) {
        try {
            return EventCodec.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serializes", e);
        }
    }
}
