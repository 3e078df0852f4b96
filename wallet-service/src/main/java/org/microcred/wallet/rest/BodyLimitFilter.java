package org.microcred.wallet.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.microcred.support.problem.Problem;

/**
 * The HTTP server's body limit is raised to fit a 5 MiB baked image; every other endpoint keeps
 * the usual 1 MiB, refused here by its declared length before the body is read.
 */
public class BodyLimitFilter {

    static final long MAX_BYTES = 1024 * 1024;
    static final String BAKED = "/api/v1/verify/baked";

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext context) {
        String length = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || BAKED.equals(context.getUriInfo().getPath())) {
            return null;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (declared <= MAX_BYTES) {
            return null;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + "too-large", "Too large", 413,
                "The body is larger than " + MAX_BYTES + " bytes", context.getUriInfo().getPath(), List.of());
        return Response.status(413).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
