package org.microcred.wallet.portfolio;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;
import org.microcred.wallet.portfolio.PortfolioViews.CreatedPortfolioShareView;
import org.microcred.wallet.portfolio.PortfolioViews.PortfolioRequest;
import org.microcred.wallet.portfolio.PortfolioViews.PortfolioShareRequest;
import org.microcred.wallet.portfolio.PortfolioViews.PortfolioShareView;
import org.microcred.wallet.portfolio.PortfolioViews.PortfolioSummaryView;
import org.microcred.wallet.portfolio.PortfolioViews.PortfolioView;

/** The earner's portfolios and their share links; anyone else's portfolio is answered 404, as if absent. */
@Path(PortfolioResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class PortfolioResource {

    static final String PATH = "/api/v1/wallet/portfolios";
    private static final String NOT_OWN = "Not a portfolio of the caller (unknown, another earner's or institution's)";
    private static final String INVALID = "validation: the title blank or over 200 characters, the description over"
            + " 2000";
    private static final String BAD_CREDENTIALS = "no-credentials, too-many-credentials, duplicate-credentials or"
            + " unknown-credentials (naming them: not in the caller's wallet, or removed from it)";

    private final PortfolioService portfolios;
    private final PortfolioShareService shares;
    private final PortfolioPages pages;
    private final Caller caller;

    public PortfolioResource(PortfolioService portfolios, PortfolioShareService shares, PortfolioPages pages,
            Caller caller) {
        this.portfolios = portfolios;
        this.shares = shares;
        this.pages = pages;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("earner")
    @Operation(summary = "Create a portfolio of some of the caller's credentials")
    @APIResponse(responseCode = "201", description = "Created, with its Location")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "409", description = "too-many-portfolios: the caller has 100 already")
    @APIResponse(responseCode = "422", description = BAD_CREDENTIALS)
    public Uni<Response> create(@Valid PortfolioRequest body) {
        PortfolioRequest request = required(body);
        return portfolios.create(caller.tenantId(), caller.userId(), request.title(), request.description(),
                request.credentialIds())
                .map(created -> Response.created(URI.create(PATH + "/" + created.portfolio().id))
                        .entity(PortfolioView.of(created)).build());
    }

    @GET
    @RolesAllowed("earner")
    @Operation(summary = "List the caller's portfolios, newest first")
    public Uni<List<PortfolioSummaryView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return portfolios.list(caller.tenantId(), caller.userId(), limit)
                .map(list -> list.stream().map(PortfolioSummaryView::of).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("earner")
    @Operation(summary = "Read one of the caller's portfolios with its credentials, in order")
    @APIResponse(responseCode = "404", description = NOT_OWN)
    public Uni<PortfolioView> get(@RestPath UUID id) {
        return portfolios.get(caller.tenantId(), caller.userId(), id).map(PortfolioView::of);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("earner")
    @Operation(summary = "Replace a portfolio's title, description and credentials")
    @APIResponse(responseCode = "400", description = INVALID)
    @APIResponse(responseCode = "404", description = NOT_OWN)
    @APIResponse(responseCode = "422", description = BAD_CREDENTIALS)
    public Uni<PortfolioView> replace(@RestPath UUID id, @Valid PortfolioRequest body) {
        PortfolioRequest request = required(body);
        return portfolios.replace(caller.tenantId(), caller.userId(), id, request.title(), request.description(),
                request.credentialIds()).map(PortfolioView::of);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("earner")
    @Operation(summary = "Delete a portfolio; its share links answer 410 from then on")
    @APIResponse(responseCode = "204", description = "Deleted, its links revoked")
    @APIResponse(responseCode = "404", description = NOT_OWN)
    public Uni<Response> delete(@RestPath UUID id) {
        return portfolios.delete(caller.tenantId(), caller.userId(), id).replaceWith(Response.noContent().build());
    }

    /** 201 with the link's URL, shown this once; the body (and each of its values) may be left out. */
    @POST
    @Path("/{id}/shares")
    @RolesAllowed("earner")
    @Operation(summary = "Create a share link to a portfolio; its URL is shown this once")
    @APIResponse(responseCode = "201", description = "Created: the link's URL, shown this once")
    @APIResponse(responseCode = "400", description = "validation: expiresInDays outside 1..365, displayName over 200")
    @APIResponse(responseCode = "404", description = NOT_OWN)
    @APIResponse(responseCode = "409", description = "too-many-shares: the portfolio has 20 open links")
    public Uni<Response> share(@RestPath UUID id, @Valid PortfolioShareRequest body) {
        PortfolioShareRequest request = body == null ? PortfolioShareRequest.DEFAULTS : body;
        return shares.create(caller.tenantId(), caller.userId(), id, request.days(), request.choices())
                .map(created -> Response.created(URI.create(PATH + "/" + id + "/shares/" + created.share().id))
                        .entity(CreatedPortfolioShareView.of(created.share(), pages.url(created.token()))).build());
    }

    @GET
    @Path("/{id}/shares")
    @RolesAllowed("earner")
    @Operation(summary = "List a portfolio's share links, newest first, with their status and openings")
    @APIResponse(responseCode = "404", description = NOT_OWN)
    public Uni<List<PortfolioShareView>> shares(@RestPath UUID id,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Instant now = Instant.now();
        return shares.list(caller.tenantId(), caller.userId(), id, limit)
                .map(list -> list.stream().map(s -> PortfolioShareView.of(s, now)).toList());
    }

    @DELETE
    @Path("/{id}/shares/{shareId}")
    @RolesAllowed("earner")
    @Operation(summary = "Revoke a portfolio's share link at once")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked)")
    @APIResponse(responseCode = "404", description = "Not a link of a portfolio of the caller")
    public Uni<Response> revoke(@RestPath UUID id, @RestPath UUID shareId) {
        return shares.revoke(caller.tenantId(), caller.userId(), id, shareId)
                .replaceWith(Response.noContent().build());
    }

    private static PortfolioRequest required(PortfolioRequest body) {
        if (body == null) {
            throw ProblemException.invalid("title", "required");
        }
        return body;
    }
}
