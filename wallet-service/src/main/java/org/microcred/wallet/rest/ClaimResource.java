package org.microcred.wallet.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;
import org.microcred.wallet.PageCursor;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.claim.ClaimService;
import org.microcred.wallet.rest.ClaimViews.ClaimRequest;
import org.microcred.wallet.rest.ClaimViews.ClaimedView;
import org.microcred.wallet.rest.ClaimViews.OfferView;

/**
 * Credentials awarded before their learner had an account: the learner, signed in, claims them with the link they
 * were sent; the institution's admin sees which offers wait.
 */
@Path("/api/v1/wallet")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    private final ClaimService claims;
    private final Caller caller;
    private final AuditActors actors;

    public ClaimResource(ClaimService claims, Caller caller, AuditActors actors) {
        this.claims = claims;
        this.caller = caller;
        this.actors = actors;
    }

    /**
     * Claims what waits for the caller under the link's secret: its credentials move into the caller's wallet, and
     * later ones arrive there directly. The caller's verified email must be the one the link was sent to.
     */
    @POST
    @Path("/claims")
    @RolesAllowed("earner")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claim the credentials a claim link offers, into the caller's wallet",
            description = "Once per link, before it expires, by an earner whose verified email is the one the link"
                    + " was sent to. The credentials of the offer move into the caller's wallet in one transaction.")
    @APIResponse(responseCode = "200", description = "Claimed: the credentials now in the caller's wallet")
    @APIResponse(responseCode = "400", description = "validation: no body, or a token that is not a claim secret")
    @APIResponse(responseCode = "403", description = "email-not-verified: the caller has no verified email;"
            + " claim-email-mismatch: the link was sent to another email")
    @APIResponse(responseCode = "404", description = "claim-not-found: no offer of the caller's institution has it")
    @APIResponse(responseCode = "409", description = "claim-conflict: another account claimed this learner already")
    @APIResponse(responseCode = "410", description = "claim-used: the link was used; claim-expired: it expired")
    @APIResponse(responseCode = "413", description = "body-too-large: over 4 KiB")
    public Uni<ClaimedView> claim(ClaimRequest body) {
        if (body == null || !ShareToken.isWellFormed(body.token())) {
            throw ProblemException.invalid("token", "the claim link's secret: 43 base64url characters");
        }
        return claims.claim(actors.caller(), caller.tenantId(), caller.userId(), caller.verifiedEmail(), body.token())
                .map(ClaimedView::of);
    }

    /** The institution's claim offers, newest first, a page at a time (the next page's address in {@code Link}). */
    @GET
    @Path("/unclaimed")
    @RolesAllowed("issuer-admin")
    @Operation(summary = "List the institution's claim offers, newest first, one page at a time",
            description = "Offers of credentials to learners without an account: claimed or not, expired or not,"
                    + " and whether the credential has arrived. Keyset paging as for credentials.")
    @APIResponse(responseCode = "200", description = "One page of offers; Link rel=\"next\" when there may be more")
    @APIResponse(responseCode = "400",
            description = "limit out of 1..200 (validation), or a cursor this API did not give (bad-cursor)")
    public Uni<RestResponse<List<OfferView>>> unclaimed(
            @Parameter(description = "page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") @Min(1)
            @Max(200) int limit,
            @Parameter(description = "where the page starts: the cursor of the previous page's Link, as given")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageCursor after = PageCursor.decode(cursor);
        Instant now = Instant.now();
        return claims.list(caller.tenantId(), after, limit + 1)
                .map(rows -> NextPage.answer(
                        PageCursor.page(rows, limit, e -> new PageCursor(e.offer().offeredAt, e.offer().claimId)),
                        e -> OfferView.of(e, now), uri, limit));
    }
}
