package org.microcred.wallet.presentation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.capability.CapabilityValues;

/**
 * The result URL of a presentation request: its creator polls it. Public, under the wallet's public rate limit; the
 * result token in the path, given once to the creator, is the capability to read (only its hash is kept).
 */
@Path("/api/v1/presentation-results/{resultToken}")
@PermitAll
public class PresentationResultResource {

    private final PresentationRequests requests;

    public PresentationResultResource(PresentationRequests requests) {
        this.requests = requests;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The result of a presentation request: pending, answered (with each credential's verdict)"
            + " or expired")
    @APIResponse(responseCode = "200", description = "The status, and the result once answered")
    @APIResponse(responseCode = "404", description = "Not a result token (or the request is gone after its grace)")
    @APIResponse(responseCode = "429", description = "rate-limited")
    public Uni<Response> result(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String resultToken) {
        return requests.byResultToken(resultToken).map(request -> Response
                .ok(PresentationResultView.of(request, Instant.now())).header("Cache-Control", "no-store").build());
    }
}
