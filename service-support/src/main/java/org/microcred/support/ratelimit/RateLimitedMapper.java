package org.microcred.support.ratelimit;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.microcred.support.problem.Problem;

/** The 429 problem of {@link PublicRateLimit#charge}, with its {@code Retry-After}. */
public class RateLimitedMapper {

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header("Retry-After", e.retryAfterSeconds())
                .entity(e.toProblem(uri == null ? null : uri.getPath())).build();
    }
}
