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

    public static final String PROBLEM_TYPE = Problem.TYPE_BASE + "body-too-large";

    private final long maxBody;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.maxBody = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || declared(length) <= maxBody) {
            context.next();
            return;
        }
        Problem problem = new Problem(PROBLEM_TYPE, "Request body too large", 413,
                "A request body may have at most " + maxBody + " bytes", context.request().path(), List.of());
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json(problem));
    }

    /** A length that is not a number is treated as too large: such a request is not worth reading. */
    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String json(Problem problem) {
        try {
            return EventCodec.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serializes", e);
        }
    }
}
