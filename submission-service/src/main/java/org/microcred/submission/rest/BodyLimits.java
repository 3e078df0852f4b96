package org.microcred.submission.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.microcred.submission.config.SubmissionLimits;
import org.microcred.support.rest.BodySizeLimit;

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
            refuseFile(context);
        }
    }

    private void check(RoutingContext context) {
        long declared = BodySizeLimit.declaredLength(context);
        if (declared < 0) {
            context.next();
            return;
        }
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        boolean upload = type != null && type.toLowerCase().startsWith("multipart/form-data");
        if (upload && declared > maxUpload) {
            refuseFile(context);
        } else if (!upload && declared > maxJson) {
            BodySizeLimit.refuse(context, "body-too-large", "Request body too large",
                    "A request body other than a file upload may have at most " + maxJson + " bytes");
        } else {
            context.next();
        }
    }

    private void refuseFile(RoutingContext context) {
        BodySizeLimit.refuse(context, "file-too-large", "File too large",
                "A file may have at most " + maxFile + " bytes");
    }
}
