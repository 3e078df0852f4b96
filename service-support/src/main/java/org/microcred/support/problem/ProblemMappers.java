package org.microcred.support.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.CompositeException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.microcred.support.resilience.Outages;
import org.microcred.support.rest.BodySizeLimit;

/**
 * Every error a service answers is RFC 9457 problem details. Client errors keep their 4xx status
 * with a stable type; anything unexpected is a 500 whose details stay in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What a 503 for an outage tells the client to wait: PostgreSQL restarts in a few seconds. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(ProblemException.invalid("The request has invalid fields", errors).toProblem(path(uri)));
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadableField(MismatchedInputException e, UriInfo uri) {
        return respond(new ProblemException(400, "malformed-body", "Malformed request body",
                "A field has the wrong type or form", List.of(new Problem.FieldError(field(e),
                        e.getOriginalMessage()))).toProblem(path(uri)));
    }

    /**
     * Jackson's "this type cannot be built from what was read" while reading a request body (the parser is the
     * processor) is the body's fault, e.g. a record's creator given a field it cannot place; Quarkus's own mapper
     * made it an empty 500. The message names our classes, so the answer names only the field. The same failure
     * while writing an answer (a generator) is the server's.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response undefinedInput(InvalidDefinitionException e, UriInfo uri) {
        if (!(e.getProcessor() instanceof JsonParser)) {
            return unexpected(e, uri);
        }
        return respond(new ProblemException(400, "malformed-body", "Malformed request body",
                "The body does not have the form this request takes",
                List.of(new Problem.FieldError(field(e), "cannot be read here"))).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(new ProblemException(400, "malformed-body", "Malformed request body",
                "The body is not valid JSON: " + e.getOriginalMessage()).toProblem(path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(Problem.TYPE_BASE + "unauthenticated", "Unauthenticated", 401,
                "A valid bearer token is required", path(uri), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer").entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemException.forbidden("Your roles do not allow this").toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, RoutingContext context) {
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        if (e.getCause() instanceof MismatchedInputException mismatched) {
            return unreadableField(mismatched, uri);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 413) {
            return bodyTooLarge(uri, context);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.StatusType info = Response.Status.fromStatusCode(status);
        String title = info != null ? info.getReasonPhrase() : "HTTP " + status;
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return respond(new Problem(Problem.TYPE_BASE + slug, title, status,
                status >= 500 ? "The server failed to answer" : e.getMessage(), path(uri), List.of()));
    }

    /**
     * Mutiny gathers a failure and the failures of cleaning up after it: a transaction that failed with a
     * {@link ProblemException} and whose rollback then failed because the database went away arrives as both. The
     * first failure is the answer (the rollback failing leaves nothing written); only when that first failure is
     * itself unexpected is the whole a 500, or a 503 when it was a server being away.
     */
    @ServerExceptionMapper
    public Response composite(CompositeException e, UriInfo uri, RoutingContext context) {
        Throwable first = e.getCauses().get(0);
        if (first instanceof ProblemException problem) {
            return problem(problem, uri);
        }
        if (first instanceof WebApplicationException web) {
            return web(web, uri, context);
        }
        if (first instanceof ConstraintViolationException violations) {
            return invalid(violations, uri);
        }
        if (first instanceof Exception exception && Outages.isOutage(exception)) {
            return unexpected(exception, uri);
        }
        // Not unexpected(e): the composite's message quotes every cause, and a cleanup failing on a closed
        // connection would read as an outage.
        return internal(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (MalformedMultipart.isClientError(e)) {
            return respond(new ProblemException(400, "malformed-body", "Malformed request body",
                    "The body is not well-formed multipart/form-data (its boundary, part framing or end)")
                    .toProblem(path(uri)));
        }
        if (Outages.isOutage(e)) {
            // The database or the broker is away: nothing is wrong with the request, and it may be sent again.
            LOG.warnf("Answered 503, a server this service needs is away: %s", e.toString());
            return Response.fromResponse(respond(new Problem(Problem.TYPE_BASE + "service-unavailable",
                    "Service unavailable", 503, "A server this service depends on is briefly away; try again shortly",
                    path(uri), List.of()))).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return internal(e, uri);
    }

    private static Response internal(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "The server failed to answer; the failure is logged", path(uri), List.of()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * A 413 raised while the REST layer read the body (the multipart parser: a form field that is not a file over
     * {@code quarkus.http.limits.max-form-attribute-size}, a file over its limit). The parser has paused the
     * request, so an HTTP/1.1 client would wait, still sending, for an answer that it never read. Once the problem is
     * written, the rest of the body is read and discarded (it is within the body limit, which {@code BodySizeLimit}
     * checked), then the connection is closed: closing at once, while the client still sends, makes the kernel answer
     * its data with a reset that can destroy the 413 before the client reads it. An HTTP/2 connection carries other
     * requests and stays open (the stream's own flow control holds the client).
     */
    private static Response bodyTooLarge(UriInfo uri, RoutingContext context) {
        Problem problem = new ProblemException(413, BodySizeLimit.SLUG, "Request body too large",
                "The body or one of its form fields is over its size limit").toProblem(path(uri));
        Response.ResponseBuilder answer = Response.status(413).type(Problem.MEDIA_TYPE).entity(problem);
        if (context != null && !context.request().isEnded() && context.request().version() != HttpVersion.HTTP_2) {
            context.addEndHandler(ended -> drainThenClose(context.request()));
            answer.header(HttpHeaders.CONNECTION.toString(), "close");
        }
        return answer.build();
    }

    private static void drainThenClose(HttpServerRequest request) {
        try {
            request.handler(discarded -> { });
            request.exceptionHandler(failed -> request.connection().close());
            request.endHandler(done -> request.connection().close());
            request.resume();
        } catch (IllegalStateException alreadyRead) {
            request.connection().close();
        }
    }

    /** Where in the body a field that could not be read is: "rubric.criteria[0].id", or "body" for the whole. */
    private static String field(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return field.isEmpty() ? "body" : field;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    /**
     * The field as the client named it: a body field's path drops the method and parameter
     * ("create.request.rubric.criteria[0].id" becomes "rubric.criteria[0].id"); a query or path
     * parameter drops the method ("queue.limit" becomes "limit").
     */
    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int strip = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            strip = nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER ? 2 : 1;
        }
        String path = violation.getPropertyPath().toString();
        String prefix = nodes.stream().limit(strip).map(Path.Node::getName).collect(Collectors.joining(".")) + ".";
        return strip > 0 && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }
}
