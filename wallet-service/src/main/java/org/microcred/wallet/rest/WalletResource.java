package org.microcred.wallet.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.microcred.support.security.Caller;
import org.microcred.wallet.PageCursor;
import org.microcred.wallet.baking.BadgeImages;
import org.microcred.wallet.config.PublicBaseUrlConfig;
import org.microcred.wallet.repository.WalletCredentialRepository.ListQuery;
import org.microcred.wallet.rest.WalletViews.CreatedShareView;
import org.microcred.wallet.rest.WalletViews.CredentialView;
import org.microcred.wallet.rest.WalletViews.ShareRequest;
import org.microcred.wallet.service.ShareService;
import org.microcred.wallet.service.WalletService;

/** The earner's own credentials: listed, read, downloaded as baked badges, shared, hidden and removed. */
@Path("/api/v1/wallet/credentials")
public class WalletResource {

    static final String VC_JWT = CredentialAnswer.VC_JWT;
    private static final String NOT_IN_WALLET = "Not a credential in the caller's wallet (unknown, another's, removed)";

    private final WalletService wallet;
    private final ShareService shares;
    private final BadgeImages images;
    private final Caller caller;
    private final String publicBaseUrl;

    public WalletResource(WalletService wallet, ShareService shares, BadgeImages images, Caller caller,
            PublicBaseUrlConfig publicBaseUrl, @ConfigProperty(name = "quarkus.http.port") int port) {
        this.wallet = wallet;
        this.shares = shares;
        this.images = images;
        this.caller = caller;
        // Read when the first request makes this resource, so the port is the one the server listens on.
        this.publicBaseUrl = publicBaseUrl.base(port);
    }

    /**
     * The caller's credentials, newest first, a page at a time (the next page's address in {@code Link}); with
     * {@code enrolmentId}, only that journey's (none or one), so a client waiting for one credential asks for one row
     * instead of reading the whole wallet at every poll. Hidden credentials only with {@code includeHidden=true}.
     */
    @GET
    @RolesAllowed("earner")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the caller's credentials, newest first, one page at a time",
            description = "Keyset paging: when there may be more, a Link header rel=\"next\" gives the next page's"
                    + " address (with its opaque cursor); pages do not shift when credentials arrive meanwhile.")
    @APIResponse(responseCode = "200",
            description = "One page of credentials; Link rel=\"next\" when there may be more")
    @APIResponse(responseCode = "400",
            description = "limit out of 1..200 (validation), or a cursor this API did not give (bad-cursor)")
    public Uni<RestResponse<List<CredentialView>>> list(
            @Parameter(description = "page size, 1 to 200") @QueryParam("limit") @DefaultValue("50") @Min(1)
            @Max(200) int limit,
            @Parameter(description = "only the credential of this enrolment") @QueryParam("enrolmentId")
            UUID enrolmentId,
            @Parameter(description = "also list the credentials the caller hid") @QueryParam("includeHidden")
            @DefaultValue("false") boolean includeHidden,
            @Parameter(description = "where the page starts: the cursor of the previous page's Link, as given")
            @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        PageCursor after = PageCursor.decode(cursor);
        ListQuery query = new ListQuery(caller.tenantId(), caller.userId(), enrolmentId, includeHidden, after,
                limit + 1);
        return wallet.list(query).map(rows -> NextPage.answer(
                PageCursor.page(rows, limit, c -> new PageCursor(c.issuedAt(), c.id())), CredentialView::of, uri,
                limit));
    }

    /**
     * One of the caller's credentials: the Open Badges document, exactly as stored; or, with
     * {@code Accept: application/vc+jwt} (preferred over JSON), the same credential as the compact JWS
     * issuance secured it in (406 when it has none). Its status comes in headers, since the body is the
     * issuer's document: {@code Credential-Status} (ACTIVE, SUSPENDED or REVOKED) and, once it changed,
     * {@code Credential-Status-Changed-At} and {@code Credential-Status-Reason} (UTF-8, percent-encoded). Its ETag
     * covers the form, the body and those headers: a status change changes it ({@link CredentialAnswer}).
     */
    @GET
    @Path("/{id}")
    @RolesAllowed("earner")
    @Produces({MediaType.APPLICATION_JSON, VC_JWT})
    @Operation(summary = "Read one of the caller's credentials (JSON, or VC-JWT when ranked first), status in headers")
    @APIResponse(responseCode = "200",
            description = "The signed document, byte for byte; ETag, Credential-Status headers")
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag: not modified, no body")
    @APIResponse(responseCode = "404", description = NOT_IN_WALLET)
    @APIResponse(responseCode = "406", description = "no-jwt: the VC-JWT form was asked for and there is none")
    public Uni<Response> document(@RestPath UUID id, @Context HttpHeaders headers) {
        return wallet.getWithStatus(caller.tenantId(), caller.userId(), id)
                .map(entry -> CredentialAnswer.of(entry, headers));
    }

    /**
     * The credential baked as a PNG (Open Badges 3.0 baking, iTXt chunk) into its achievement's image, or the
     * default badge when that cannot be had (BadgeImages).
     */
    @GET
    @Path("/{id}/baked.png")
    @RolesAllowed("earner")
    @Produces("image/png")
    @Operation(summary = "Download one of the caller's credentials baked into its badge image (PNG)")
    @APIResponse(responseCode = "200", description = "The baked PNG, an attachment, with its ETag")
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag: not modified, no body")
    @APIResponse(responseCode = "404", description = NOT_IN_WALLET)
    public Uni<Response> bakedPng(@RestPath UUID id, @Context HttpHeaders headers) {
        return wallet.get(caller.tenantId(), caller.userId(), id)
                .chain(credential -> images.bakedPng(credential.document))
                .map(png -> download(headers, png, "image/png", id, "png"));
    }

    /**
     * The credential baked as an SVG (an openbadges:credential element) into its achievement's image, or the
     * default badge: the VC-JWT in its {@code verify} attribute, as OB 3.0 baking describes, or the JSON in CDATA
     * when there is none.
     */
    @GET
    @Path("/{id}/baked.svg")
    @RolesAllowed("earner")
    @Produces("image/svg+xml")
    @Operation(summary = "Download one of the caller's credentials baked into its badge image (SVG)")
    @APIResponse(responseCode = "200", description = "The baked SVG, an attachment, with its ETag")
    @APIResponse(responseCode = "304", description = "If-None-Match named the current ETag: not modified, no body")
    @APIResponse(responseCode = "404", description = NOT_IN_WALLET)
    public Uni<Response> bakedSvg(@RestPath UUID id, @Context HttpHeaders headers) {
        return wallet.get(caller.tenantId(), caller.userId(), id)
                .chain(credential -> images.bakedSvg(credential.document,
                        credential.credentialJwt != null ? credential.credentialJwt : credential.document))
                .map(svg -> download(headers, svg, "image/svg+xml", id, "svg"));
    }

    /** The tag is over the image itself: it differs when the achievement's image could not be had (default badge). */
    private static Response download(HttpHeaders headers, byte[] image, String type, UUID id, String extension) {
        String etag = EntityTags.of(image, type);
        Response notModified = EntityTags.notModified(headers, etag, EntityTags.PRIVATE_REVALIDATE, null);
        if (notModified != null) {
            return notModified;
        }
        return Response.ok(image, type)
                .header("Content-Disposition", "attachment; filename=\"credential-" + id + "." + extension + "\"")
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, EntityTags.PRIVATE_REVALIDATE)
                .build();
    }

    /** 201 with the link's URL, shown this once; the body (and its expiresInDays) may be left out. */
    @POST
    @Path("/{id}/shares")
    @RolesAllowed("earner")
    @Operation(summary = "Create a share link to one of the caller's credentials (its URL is shown this once)")
    @APIResponse(responseCode = "201", description = "The new link, its URL and LinkedIn links")
    @APIResponse(responseCode = "400", description = "validation: expiresInDays out of 1..365, displayName too long")
    @APIResponse(responseCode = "404", description = NOT_IN_WALLET)
    @APIResponse(responseCode = "409", description = "too-many-shares: the credential has the most open links allowed")
    public Uni<Response> share(@RestPath UUID id, @Valid ShareRequest request) {
        ShareRequest choices = request == null ? ShareRequest.DEFAULTS : request;
        return shares.create(caller.tenantId(), caller.userId(), id, choices.days(), choices.choices()).map(created -> {
            String url = publicBaseUrl + "/api/v1/public/shares/" + created.token();
            return Response.created(URI.create("/api/v1/wallet/shares/" + created.share().id))
                    .entity(CreatedShareView.of(created, url))
                    .build();
        });
    }

    /** Hides the credential from the default listing; hiding a hidden one again is not an error. */
    @PUT
    @Path("/{id}/hidden")
    @RolesAllowed("earner")
    @Operation(summary = "Hide one of the caller's credentials from the default listing (idempotent)",
            description = "A hidden credential stays readable and downloadable, and its share links keep working.")
    @APIResponse(responseCode = "204", description = "Hidden (or already hidden)")
    @APIResponse(responseCode = "404", description = NOT_IN_WALLET)
    public Uni<Response> hide(@RestPath UUID id) {
        return wallet.setHidden(caller.tenantId(), caller.userId(), id, true)
                .replaceWith(Response.noContent().build());
    }

    /** Shows a hidden credential in the default listing again; unhiding a shown one is not an error. */
    @DELETE
    @Path("/{id}/hidden")
    @RolesAllowed("earner")
    @Operation(summary = "Show a hidden credential in the default listing again (idempotent)")
    @APIResponse(responseCode = "204", description = "Shown (or never hidden)")
    @APIResponse(responseCode = "404", description = NOT_IN_WALLET)
    public Uni<Response> unhide(@RestPath UUID id) {
        return wallet.setHidden(caller.tenantId(), caller.userId(), id, false)
                .replaceWith(Response.noContent().build());
    }

    /**
     * Removes the credential from the wallet and revokes its share links. Removing it again answers 404: it is as
     * absent as an unknown credential (a client retrying after a lost answer reads 404 as done). The issuer's record
     * and status are untouched: a copy kept elsewhere still verifies.
     */
    @DELETE
    @Path("/{id}")
    @RolesAllowed("earner")
    @Operation(summary = "Remove one of the caller's credentials from the wallet (revokes its share links)",
            description = "Not a revocation: the issuer's record and the credential's status are unchanged, and a copy"
                    + " the earner kept still verifies. Afterwards the credential answers 404 everywhere in the wallet,"
                    + " removing it again too; its share links answer 410.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404",
            description = "Not a credential in the caller's wallet (unknown, another's, already removed)")
    public Uni<Response> remove(@RestPath UUID id) {
        return wallet.remove(caller.tenantId(), caller.userId(), id).replaceWith(Response.noContent().build());
    }
}
