package org.microcred.submission.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.microcred.events.EventCodec;
import org.microcred.submission.config.SubmissionLimits;
import org.microcred.support.problem.Problem;

/**
 * Refuses a body by its declared length before anything reads it, as a 413 problem. The HTTP
 * layer's limit (quarkus.http.limits.max-body-size) is sized for evidence uploads; every other
 * body (JSON answers) keeps a much smaller one. This runs as a Vert.x route ahead of the REST
 * layer because the multipart parser starts before JAX-RS filters do; a chunked upload that
 * declares no length is stopped at the HTTP limit by that parser, also as a 413 problem.
 */
@ApplicationScoped
public class BodyLimits {

    private final long maxUpload;
    private final long maxJson;
    private final long maxFile;

    public BodyLimits(SubmissionLimits limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.maxUpload = maxBody.asLongValue();
        this.maxJson = limits.maxJsonBodySize().asLongValue();
        this.maxFile = limits.maxFileSize().asLongValue();
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::tooLarge);
    }

    /**
     * A chunked upload over the HTTP limit fails inside the multipart parser, which has usually
     * answered it as a 413 problem already; the failure then only needs to end quietly instead
     * of being logged as a server error.
     */
    private void tooLarge(RoutingContext context) {
        boolean tooLarge = context.statusCode() == 413
                || context.failure() instanceof WebApplicationException e && e.getResponse().getStatus() == 413;
        if (!tooLarge) {
            context.next();
        } else if (context.response().headWritten()) {
            if (!context.response().ended()) {
                context.response().end();
            }
        } else {
            refuse(context, "file-too-large", "File too large", "A file may have at most " + maxFile + " bytes");
        }
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            context.next();
            return;
        }
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean upload = type != null && type.toLowerCase().startsWith("multipart/form-data");
        long declared = parse(length);
        if (upload && declared > maxUpload) {
            refuse(context, "file-too-large", "File too large", "A file may have at most " + maxFile + " bytes");
        } else if (!upload && declared > maxJson) {
            refuse(context, "body-too-large", "Request body too large",
                    "A request body other than a file upload may have at most " + maxJson + " bytes");
        } else {
            context.next();
        }
    }

    private static void refuse(RoutingContext context, String slug, String title, String detail) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, 413, detail, context.request().path(), List.of());
        String body;
        try {
            body = EventCodec.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The unread body is not wanted: close the connection rather than drain it.
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
