package org.microcred.wallet.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.microcred.support.security.Caller;
import org.microcred.wallet.PageCursor;
import org.microcred.wallet.rest.WalletViews.ShareView;
import org.microcred.wallet.service.ShareService;

/** The earner's share links: list them, revoke one. (They are created on the credential.) */
@Path("/api/v1/wallet/shares")
public class ShareResource {

    private final ShareService shares;
    private final Caller caller;

    public ShareResource(ShareService shares, Caller caller) {
        this.shares = shares;
        this.caller = caller;
    }

    /**
     * The caller's links, newest first, of one credential when {@code credentialId} is given, a page at a time (the
     * next page's address in {@code Link}). The links of a removed credential are not listed.
     */
    @GET
    @RolesAllowed("earner")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the caller's share links, newest first, one page at a time",
            description = "Keyset paging as for credentials: Link rel=\"next\" when there may be more.")
    @APIResponse(responseCode = "200", description = "One page of links; Link rel=\"next\" when there may be more")
    @APIResponse(responseCode = "400",
            description = "limit out of 1..200 (validation), or a cursor this API did not give (bad-cursor)")
    public Uni<RestResponse<List<ShareView>>> list(
            @Parameter(description = "only the links of this credential") @QueryParam("credentialId")
            UUID credentialId,
            @Parameter(description = "page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") @Min(1)
            @Max(200) int limit,
            @Parameter(description = "where the page starts: the cursor of the previous page's Link, as given")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageCursor after = PageCursor.decode(cursor);
        Instant now = Instant.now();
        return shares.list(caller.tenantId(), caller.userId(), credentialId, after, limit + 1)
                .map(rows -> NextPage.answer(PageCursor.page(rows, limit, s -> new PageCursor(s.createdAt, s.id)),
                        s -> ShareView.of(s, now), uri, limit));
    }

    /** Revokes one of the caller's links at once: its URL answers 410 Gone from then on. */
    @DELETE
    @Path("/{shareId}")
    @RolesAllowed("earner")
    @Operation(summary = "Revoke one of the caller's share links at once (its URL answers 410 from then on)")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked)")
    @APIResponse(responseCode = "404",
            description = "Not a link of the caller's (unknown, another's, of a removed credential)")
    public Uni<Response> revoke(@RestPath UUID shareId) {
        return shares.revoke(caller.tenantId(), caller.userId(), shareId)
                .replaceWith(Response.noContent().build());
    }
}
