package org.microcred.wallet.portfolio;

import io.smallrye.mutiny.Multi;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.page.PublicPages;
import org.microcred.wallet.portfolio.PortfolioPages.Verified;
import org.microcred.wallet.portfolio.PortfolioViews.PublicPortfolioCredentialView;
import org.microcred.wallet.portfolio.PortfolioViews.PublicPortfolioView;
import org.microcred.wallet.portfolio.PublicPortfolioService.SharedPortfolio;
import org.microcred.wallet.verification.CostMeter;
import org.microcred.wallet.verification.service.VerificationService;

/**
 * Shared portfolios for recognizers, who have no account: the token in the URL is the only key. Under
 * {@code /api/v1/public/}, so rate-limited per client by service-support's {@code PublicRateLimit}, as a credential's
 * link is; the verifications of an opening are charged too ({@link PortfolioCost}), bounded and run as
 * {@code POST /api/v1/verify} runs them. Every answer is {@code Cache-Control: no-store}: a revoked link must stop
 * working at once, and nobody on the way may keep a copy.
 */
@Path(PortfolioPages.PORTFOLIOS)
public class PublicPortfolioResource {

    private final PublicPortfolioService portfolios;
    private final VerificationService verification;
    private final PortfolioCost cost;
    private final PortfolioPages pages;

    public PublicPortfolioResource(PublicPortfolioService portfolios, VerificationService verification,
            PortfolioCost cost, PortfolioPages pages) {
        this.portfolios = portfolios;
        this.verification = verification;
        this.cost = cost;
        this.pages = pages;
    }

    /**
     * 200 with the portfolio and each credential's verification report, made now: the page for a browser (an
     * {@code Accept} ranking {@code text/html} above JSON), the JSON view for any other client. Each opening is
     * counted on the link. 404 for an unknown or expired link, 410 for a revoked one or one of a deleted portfolio
     * (to a browser as a page).
     */
    @GET
    @Path("/{token}")
    @PermitAll
    @Operation(summary = "Open a shared portfolio: its page for a browser, JSON with a report per credential otherwise")
    @APIResponse(responseCode = "404", description = "No open link at this address (unknown or expired)")
    @APIResponse(responseCode = "410", description = "share-revoked: the link was revoked or its portfolio deleted")
    @APIResponse(responseCode = "429", description = "rate-limited, with Retry-After")
    public Uni<Response> open(@RestPath String token, @Context HttpServerRequest request,
            @Context HttpHeaders headers) {
        boolean html = PublicPages.wantsHtml(headers.getAcceptableMediaTypes());
        CostMeter meter = cost.of(request);
        Uni<Response> answer = portfolios.open(token)
                .chain(shared -> verifyEach(shared, meter).map(verified -> opened(shared, verified, token, html)));
        // A browser gets a link that does not open (404, 410) as a page, with the same status and words.
        return html ? answer.onFailure(ProblemException.class)
                .recoverWithItem(e -> pages.problem((ProblemException) e)) : answer;
    }

    /**
     * One after the other: verifications of one opening never take more than one of the places that all public
     * verifications share ({@code VerificationBulkhead}).
     */
    private Uni<List<Verified>> verifyEach(SharedPortfolio shared, CostMeter meter) {
        return Multi.createFrom().iterable(shared.credentials())
                .onItem().transformToUniAndConcatenate(c -> verification.verifyStored(c.document, meter)
                        .map(report -> new Verified(c, report)))
                .collect().asList();
    }

    private Response opened(SharedPortfolio shared, List<Verified> verified, String token, boolean html) {
        Response.ResponseBuilder ok = html ? pages.render(shared, verified, token)
                : Response.ok(new PublicPortfolioView(shared.portfolio().title, shared.portfolio().description,
                        shared.share().displayName, shared.share().expiresAt, verified.stream()
                                .map(v -> PublicPortfolioCredentialView.of(v.credential(), v.report())).toList()),
                        MediaType.APPLICATION_JSON_TYPE);
        return ok.header("Cache-Control", "no-store").header("Vary", "Accept").build();
    }

    /** One credential of the portfolio, exactly as stored (byte for byte what the issuer signed); not counted. */
    @GET
    @Path("/{token}/credentials/{credentialId}/credential.json")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Download one credential of a shared portfolio, byte for byte as stored")
    @APIResponse(responseCode = "404", description = "No open link at this address, or no such credential in it")
    @APIResponse(responseCode = "410", description = "share-revoked: the link was revoked or its portfolio deleted")
    public Uni<Response> json(@RestPath String token, @RestPath UUID credentialId) {
        return portfolios.credential(token, credentialId).map(c -> Response.ok(c.document, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"credential-" + c.id + ".json\"")
                .header("Cache-Control", "no-store")
                .build());
    }
}
