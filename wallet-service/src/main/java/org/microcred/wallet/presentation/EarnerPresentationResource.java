package org.microcred.wallet.presentation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.support.security.Caller;
import org.microcred.wallet.WalletCredential;

/**
 * A signed-in earner answers a presentation request from this wallet instead of a wallet app: sees what is asked and
 * which of their credentials match, then shares exactly the ones they approve. No holder proof: the earner is
 * authenticated, and the result says the answer came from a signed-in earner.
 */
@Path("/api/v1/wallet/presentation-requests/{id}")
@RolesAllowed("earner")
public class EarnerPresentationResource {

    private final PresentationRequests requests;
    private final Caller caller;

    public EarnerPresentationResource(PresentationRequests requests, Caller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    /** What the request asks, and the caller's credentials that would answer it. */
    @Schema(description = "A presentation request as the earner sees it")
    public record RequestForEarner(
            @Schema(description = "Why the recognizer asks, in its words") String reason,
            @Schema(description = "The achievement a credential is asked for (or null: any of issuerId)")
            String achievementId,
            @Schema(description = "The issuer any credential of is asked for (or null: achievementId)")
            String issuerId,
            @Schema(description = "Until when the request can be answered") Instant expiresAt,
            @Schema(description = "The caller's credentials that answer it") List<Match> matchingCredentials) {
    }

    @Schema(description = "One of the caller's credentials that answers the request")
    public record Match(
            @Schema(description = "The credential's id in the wallet") UUID id,
            @Schema(description = "The achievement's name") String achievementName,
            @Schema(description = "The issuer's name") String issuerName,
            @Schema(description = "When it was issued") Instant issuedAt) {

        static Match of(WalletCredential c) {
            return new Match(c.id, c.achievementName, c.issuerName, c.issuedAt);
        }
    }

    /** The credentials the earner approves sharing: exactly these are presented. */
    @Schema(description = "The credentials the earner approves sharing")
    public record Approval(
            @Schema(description = "Ids (in the wallet) of the credentials to present: exactly these are shared")
            @NotNull List<@NotNull UUID> credentialIds) {
    }

    /** What was shared. */
    @Schema(description = "What was shared")
    public record Shared(
            @Schema(description = "answered") String status,
            @Schema(description = "The credentials presented") List<UUID> credentialIds) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A presentation request as the earner sees it: what is asked and which of their credentials"
            + " match")
    @APIResponse(responseCode = "200", description = "The request and the matching credentials")
    @APIResponse(responseCode = "404", description = "Unknown request")
    @APIResponse(responseCode = "409", description = "presentation-request-answered")
    @APIResponse(responseCode = "410", description = "presentation-request-expired")
    public Uni<RequestForEarner> show(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String id) {
        return requests.forEarner(id, caller.tenantId(), caller.userId()).map(m -> new RequestForEarner(
                m.request().reason, m.request().achievementId, m.request().issuerId, m.request().expiresAt,
                m.credentials().stream().map(Match::of).toList()));
    }

    @POST
    @Path("/respond")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a presentation request with the credentials the earner approves")
    @APIResponse(responseCode = "200", description = "Answered with exactly these credentials")
    @APIResponse(responseCode = "400", description = "validation: none, too many, or one that is not the caller's"
            + " or not what is asked")
    @APIResponse(responseCode = "404", description = "Unknown request")
    @APIResponse(responseCode = "409", description = "presentation-request-answered")
    @APIResponse(responseCode = "410", description = "presentation-request-expired")
    public Uni<Shared> respond(@RestPath @Pattern(regexp = CapabilityValues.PATTERN) String id,
            @NotNull Approval approval) {
        List<UUID> ids = approval.credentialIds().stream().distinct().toList();
        return requests.answerFromEarner(id, caller.tenantId(), caller.userId(), ids)
                .map(answered -> new Shared("answered", ids));
    }
}
