package org.microcred.wallet.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;
import org.microcred.wallet.CredentialStatus;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.baking.BadgeImages;
import org.microcred.wallet.rest.WalletViews.CreatedShareView;
import org.microcred.wallet.rest.WalletViews.CredentialView;
import org.microcred.wallet.rest.WalletViews.ShareRequest;
import org.microcred.wallet.service.ShareService;
import org.microcred.wallet.service.WalletService;
import org.microcred.wallet.config.PublicBaseUrlConfig;
import org.microcred.wallet.verification.rest.VerifyResource;

/** The earner's own credentials: read, downloaded as baked badges, shared. */
@Path("/api/v1/wallet/credentials")
public class WalletResource {

    static final String VC_JWT = VerifyResource.VC_JWT;

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
     * The caller's credentials, newest first; with {@code enrolmentId}, only that journey's (none or one), so a
     * client waiting for one credential asks for one row instead of reading the whole wallet at every poll.
     */
    @GET
    @RolesAllowed("earner")
    public Uni<List<CredentialView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("enrolmentId") UUID enrolmentId) {
        return wallet.list(caller.tenantId(), caller.userId(), enrolmentId, limit)
                .map(list -> list.stream().map(CredentialView::of).toList());
    }

    /**
     * One of the caller's credentials: the Open Badges document, exactly as stored; or, with
     * {@code Accept: application/vc+jwt} (preferred over JSON), the same credential as the compact JWS
     * issuance secured it in (406 when it has none). Its status comes in headers, since the body is the
     * issuer's document: {@code Credential-Status} (ACTIVE, SUSPENDED or REVOKED) and, once it changed,
     * {@code Credential-Status-Changed-At} and {@code Credential-Status-Reason} (UTF-8, percent-encoded).
     */
    @GET
    @Path("/{id}")
    @RolesAllowed("earner")
    @Produces({MediaType.APPLICATION_JSON, VC_JWT})
    public Uni<Response> document(@RestPath UUID id, @Context HttpHeaders headers) {
        boolean jwt = wantsJwt(headers.getAcceptableMediaTypes());
        return wallet.getWithStatus(caller.tenantId(), caller.userId(), id).map(entry -> {
            WalletCredential credential = entry.credential();
            if (jwt && credential.credentialJwt == null) {
                throw new ProblemException(406, "no-jwt", "Not acceptable",
                        "Credential " + id + " was not issued as a VC-JWT; ask for application/json");
            }
            Response.ResponseBuilder ok = jwt
                    ? Response.ok(credential.credentialJwt, VC_JWT)
                    : Response.ok(credential.document, MediaType.APPLICATION_JSON_TYPE);
            CredentialStatus status = entry.status();
            ok.header("Credential-Status", status == null ? CredentialStatus.Status.ACTIVE : status.status);
            if (status != null) {
                ok.header("Credential-Status-Changed-At", status.changedAt.toString());
                if (status.reason != null) {
                    ok.header("Credential-Status-Reason",
                            URLEncoder.encode(status.reason, StandardCharsets.UTF_8).replace("+", "%20"));
                }
            }
            return ok.header("Vary", "Accept").build();
        });
    }

    /**
     * Whether the client ranks the VC-JWT form above JSON. The media types come sorted by preference;
     * a wildcard or any JSON type first keeps the default, the JSON document.
     */
    static boolean wantsJwt(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if ("application".equalsIgnoreCase(type.getType()) && "vc+jwt".equalsIgnoreCase(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The credential baked as a PNG (Open Badges 3.0 baking, iTXt chunk) into its achievement's image, or the
     * default badge when that cannot be had (BadgeImages).
     */
    @GET
    @Path("/{id}/baked.png")
    @RolesAllowed("earner")
    @Produces("image/png")
    public Uni<Response> bakedPng(@RestPath UUID id) {
        return wallet.get(caller.tenantId(), caller.userId(), id)
                .chain(credential -> images.bakedPng(credential.document))
                .map(png -> download(png, "image/png", id, "png"));
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
    public Uni<Response> bakedSvg(@RestPath UUID id) {
        return wallet.get(caller.tenantId(), caller.userId(), id)
                .chain(credential -> images.bakedSvg(credential.document,
                        credential.credentialJwt != null ? credential.credentialJwt : credential.document))
                .map(svg -> download(svg, "image/svg+xml", id, "svg"));
    }

    private static Response download(byte[] image, String type, UUID id, String extension) {
        return Response.ok(image, type)
                .header("Content-Disposition", "attachment; filename=\"credential-" + id + "." + extension + "\"")
                // The image holds the earner's credential: no shared cache should keep it.
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** 201 with the link's URL, shown this once; the body (and its expiresInDays) may be left out. */
    @POST
    @Path("/{id}/shares")
    @RolesAllowed("earner")
    public Uni<Response> share(@RestPath UUID id, @Valid ShareRequest request) {
        ShareRequest choices = request == null ? ShareRequest.DEFAULTS : request;
        return shares.create(caller.tenantId(), caller.userId(), id, choices.days(), choices.choices()).map(created -> {
            String url = publicBaseUrl + "/api/v1/public/shares/" + created.token();
            return Response.created(URI.create("/api/v1/wallet/shares/" + created.share().id))
                    .entity(CreatedShareView.of(created, url))
                    .build();
        });
    }
}
