package org.microcred.wallet.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.security.Caller;
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

    /** The caller's links, newest first, of one credential when {@code credentialId} is given. */
    @GET
    @RolesAllowed("earner")
    public Uni<List<ShareView>> list(@QueryParam("credentialId") UUID credentialId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Instant now = Instant.now();
        return shares.list(caller.tenantId(), caller.userId(), credentialId, limit)
                .map(list -> list.stream().map(s -> ShareView.of(s, now)).toList());
    }

    /** Revokes one of the caller's links at once: its URL answers 410 Gone from then on. */
    @DELETE
    @Path("/{shareId}")
    @RolesAllowed("earner")
    public Uni<Response> revoke(@RestPath UUID shareId) {
        return shares.revoke(caller.tenantId(), caller.userId(), shareId)
                .replaceWith(Response.noContent().build());
    }
}
