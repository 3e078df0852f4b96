package org.microcred.wallet.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.baking.BadgeImages;
import org.microcred.wallet.page.CredentialPages;
import org.microcred.wallet.page.PublicPages;
import org.microcred.wallet.rest.WalletViews.CredentialView;
import org.microcred.wallet.rest.WalletViews.PublicCredentialView;
import org.microcred.wallet.service.PublicShareService;
import org.microcred.wallet.service.PublicShareService.SharedCredential;
import org.microcred.wallet.verification.CostMeter;
import org.microcred.wallet.verification.VerificationReport;
import org.microcred.wallet.verification.rest.ClientCost;
import org.microcred.wallet.verification.rest.VerifyResource;
import org.microcred.wallet.verification.service.VerificationService;

/**
 * Shared credentials for recognizers, who have no account: the token in the URL is the only
 * key. Rate-limited per client address by service-support's {@code PublicRateLimit}; the live verification of the
 * page is charged its cost too, and is bounded and run as {@code POST /api/v1/verify} is. Every answer is
 * {@code Cache-Control: no-store}: a revoked link must stop working at once, and nobody on the way may keep a copy.
 */
@Path("/api/v1/public/shares")
public class PublicShareResource {

    private final PublicShareService shares;
    private final VerificationService verification;
    private final ClientCost cost;
    private final CredentialPages pages;
    private final BadgeImages images;

    public PublicShareResource(PublicShareService shares, VerificationService verification, ClientCost cost,
            CredentialPages pages, BadgeImages images) {
        this.shares = shares;
        this.verification = verification;
        this.cost = cost;
        this.pages = pages;
        this.images = images;
    }

    /**
     * 200 with the credential and its verification report, made now (a revocation shows at once): the page for a
     * browser (an {@code Accept} that ranks {@code text/html} above JSON), the JSON view for any other client. Each
     * opening is counted on the link. 404 for an unknown or expired link, 410 for a revoked one (to a browser as a
     * page); 503 {@code verification-busy} (with {@code Retry-After}) when every verification place is taken.
     */
    @GET
    @Path("/{token}")
    @PermitAll
    @Operation(summary = "Open a share link: the verification page for a browser, else the credential with its report")
    @APIResponse(responseCode = "200",
            description = "The page (text/html) or the credential, its kind and its verification report made now")
    @APIResponse(responseCode = "404", description = "Unknown or expired link")
    @APIResponse(responseCode = "410",
            description = "share-revoked: the owner revoked the link (or removed the credential)")
    @APIResponse(responseCode = "429", description = "rate-limited")
    @APIResponse(responseCode = "503", description = "verification-busy")
    public Uni<Response> open(@RestPath String token, @Context HttpServerRequest request,
            @Context HttpHeaders headers) {
        boolean html = PublicPages.wantsHtml(headers.getAcceptableMediaTypes());
        CostMeter meter = cost.of(request);
        Uni<Response> answer = shares.open(token).chain(found -> verification
                .verifyStored(found.credential().document, meter).map(report -> opened(found, report, token, html)));
        // A browser gets a link that does not open (404, 410) as a page, with the same status and words.
        return html ? answer.onFailure(ProblemException.class)
                .recoverWithItem(e -> pages.problem((ProblemException) e)) : answer;
    }

    /** The page, or the JSON view, of an opened link. */
    private Response opened(SharedCredential found, VerificationReport report, String token, boolean html) {
        WalletCredential c = found.credential();
        Response.ResponseBuilder ok;
        if (html) {
            ok = Response.ok(pages.render(found.share(), c, report, token), PublicPages.HTML)
                    .header("Content-Security-Policy", PublicPages.csp(pages.imageOf(c)));
        } else {
            ok = Response.ok(new PublicCredentialView(c.document, c.achievementName, c.issuerName, c.issuedAt,
                    found.share().createdAt, found.share().expiresAt, report, CredentialView.kindOf(c.pathwayId)),
                    MediaType.APPLICATION_JSON_TYPE);
        }
        return ok.header("Cache-Control", "no-store").header("Vary", "Accept").build();
    }

    /** The credential's JSON, exactly as stored (byte for byte what the issuer signed). */
    @GET
    @Path("/{token}/credential.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download a shared credential's JSON, byte for byte as stored")
    @APIResponse(responseCode = "200", description = "The signed JSON, an attachment")
    @APIResponse(responseCode = "404", description = "Unknown or expired link")
    @APIResponse(responseCode = "410", description = "share-revoked")
    @APIResponse(responseCode = "429", description = "rate-limited")
    public Uni<Response> json(@RestPath String token) {
        return shares.find(token).map(found -> download(found, found.credential().document,
                MediaType.APPLICATION_JSON, "json"));
    }

    /** The credential as the VC-JWT issuance secured it in; 404 {@code no-jwt} when it has none. */
    @GET
    @Path("/{token}/credential.jwt")
    @PermitAll
    @Produces(VerifyResource.VC_JWT)
    @Operation(summary = "Download a shared credential as its VC-JWT")
    @APIResponse(responseCode = "200", description = "The compact JWS, an attachment")
    @APIResponse(responseCode = "404", description = "Unknown or expired link, or no-jwt: it has none")
    @APIResponse(responseCode = "410", description = "share-revoked")
    @APIResponse(responseCode = "429", description = "rate-limited")
    public Uni<Response> jwt(@RestPath String token) {
        return shares.find(token).map(found -> {
            if (found.credential().credentialJwt == null) {
                throw new ProblemException(404, "no-jwt", "Not found",
                        "This credential was not issued as a VC-JWT; download its JSON");
            }
            return download(found, found.credential().credentialJwt, VerifyResource.VC_JWT, "jwt");
        });
    }

    /**
     * The credential baked as a PNG (Open Badges 3.0 baking) into its achievement's image, or the default badge
     * when that cannot be had (BadgeImages), as the earner downloads it.
     */
    @GET
    @Path("/{token}/baked.png")
    @PermitAll
    @Produces("image/png")
    @Operation(summary = "Download a shared credential baked into its badge image (PNG)")
    @APIResponse(responseCode = "200", description = "The baked PNG, an attachment")
    @APIResponse(responseCode = "404", description = "Unknown or expired link")
    @APIResponse(responseCode = "410", description = "share-revoked")
    @APIResponse(responseCode = "429", description = "rate-limited")
    public Uni<Response> bakedPng(@RestPath String token) {
        return shares.find(token).chain(found -> images.bakedPng(found.credential().document)
                .map(png -> download(found, png, "image/png", "png")));
    }

    /** The credential baked as an SVG into its achievement's image: the VC-JWT when there is one, else the JSON. */
    @GET
    @Path("/{token}/baked.svg")
    @PermitAll
    @Produces("image/svg+xml")
    @Operation(summary = "Download a shared credential baked into its badge image (SVG)")
    @APIResponse(responseCode = "200", description = "The baked SVG, an attachment")
    @APIResponse(responseCode = "404", description = "Unknown or expired link")
    @APIResponse(responseCode = "410", description = "share-revoked")
    @APIResponse(responseCode = "429", description = "rate-limited")
    public Uni<Response> bakedSvg(@RestPath String token) {
        return shares.find(token).chain(found -> {
            WalletCredential c = found.credential();
            return images.bakedSvg(c.document, c.credentialJwt != null ? c.credentialJwt : c.document)
                    .map(svg -> download(found, svg, "image/svg+xml", "svg"));
        });
    }

    private static Response download(SharedCredential found, Object body, String type, String extension) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"credential-" + found.credential().id + "."
                        + extension + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
