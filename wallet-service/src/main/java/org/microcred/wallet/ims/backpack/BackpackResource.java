package org.microcred.wallet.ims.backpack;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.microcred.support.security.Caller;
import org.microcred.wallet.ims.backpack.BackpackSends.Send;

/**
 * "Send to my backpack": the earner sends one of their credentials to another Open Badges 3.0 host (any host of
 * 1EdTech's API, given by its base URL), then authorizes it there; the list says which host holds which credential.
 */
@Path("/api/v1/wallet/backpack/sends")
public class BackpackResource {

    /** What the earner sends where: one of their credentials, and the other host's base URL. */
    public record SendRequest(
            @Schema(description = "One of the caller's credentials (its wallet id)") @NotNull UUID credentialId,
            @Schema(description = "The other host's base URL (its API is under <host>/ims/ob/v3p0)") @NotNull
            String host) {
    }

    /** A send just started: open {@code authorizationUrl} in the browser to authorize it at the host. */
    public record StartedView(
            @Schema(description = "The send") Send send,
            @Schema(description = "Where the earner authorizes it at the host (open in the browser)")
            String authorizationUrl) {
    }

    private final BackpackSends sends;
    private final Caller caller;

    public BackpackResource(BackpackSends sends, Caller caller) {
        this.sends = sends;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("earner")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send one of the caller's credentials to another Open Badges 3.0 host: answers where to"
            + " authorize it")
    @APIResponse(responseCode = "201", description = "Started: open authorizationUrl; the host sends the browser back")
    @APIResponse(responseCode = "400", description = "validation (credentialId, host), unsafe-url")
    @APIResponse(responseCode = "404", description = "Not a credential of the caller")
    @APIResponse(responseCode = "502", description = "host-failed: the other host's discovery or registration failed")
    @APIResponse(responseCode = "503", description = "backpack-key-missing: sending is not set up here")
    public Uni<Response> send(@Valid @NotNull SendRequest request) {
        return sends.start(caller.tenantId(), caller.userId(), request.credentialId(), request.host())
                .map(started -> Response.created(URI.create("/api/v1/wallet/backpack/sends/" + started.send().id()))
                        .entity(new StartedView(started.send(), started.authorizationUrl())).build());
    }

    @GET
    @RolesAllowed("earner")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's sends to other hosts, newest first: which host holds which credential")
    @APIResponse(responseCode = "200", description = "The sends, each with its host, status and outcome")
    @APIResponse(responseCode = "400", description = "limit out of 1..100")
    public Uni<List<Send>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        return sends.of(caller.tenantId(), caller.userId(), limit);
    }
}
