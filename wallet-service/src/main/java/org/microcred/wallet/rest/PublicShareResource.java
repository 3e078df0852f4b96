package org.microcred.wallet.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.rest.WalletViews.CredentialView;
import org.microcred.wallet.rest.WalletViews.PublicCredentialView;
import org.microcred.wallet.service.PublicShareService;
import org.microcred.wallet.verification.CostMeter;
import org.microcred.wallet.verification.rest.ClientCost;
import org.microcred.wallet.verification.service.VerificationService;

/**
 * Shared credentials for recognizers, who have no account: the token in the URL is the only
 * key. Rate-limited per client address by service-support's {@code PublicRateLimit}; the live verification of the
 * page is charged its cost too, and is bounded and run as {@code POST /api/v1/verify} is.
 */
@Path("/api/v1/public/shares")
public class PublicShareResource {

    private final PublicShareService shares;
    private final VerificationService verification;
    private final ClientCost cost;

    public PublicShareResource(PublicShareService shares, VerificationService verification, ClientCost cost) {
        this.shares = shares;
        this.verification = verification;
        this.cost = cost;
    }

    /**
     * 200 with the credential and its verification report, made now (a revocation shows at once);
     * 404 for an unknown or expired link, 410 for a revoked one; 503 {@code verification-busy} (with
     * {@code Retry-After}) when every verification place is taken.
     */
    @GET
    @Path("/{token}")
    @PermitAll
    public Uni<Response> open(@RestPath String token, @Context HttpServerRequest request) {
        CostMeter meter = cost.of(request);
        return shares.open(token).chain(found -> verification.verifyStored(found.credential().document, meter)
                .map(report -> {
                    WalletCredential c = found.credential();
                    PublicCredentialView view = new PublicCredentialView(c.document, c.achievementName, c.issuerName,
                            c.issuedAt, found.share().createdAt, found.share().expiresAt, report,
                            CredentialView.kindOf(c.pathwayId));
                    // A revoked link must stop working at once: nobody on the way may keep a copy.
                    return Response.ok(view).header("Cache-Control", "no-store").build();
                }));
    }
}
