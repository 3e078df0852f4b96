package org.microcred.wallet.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.wallet.WalletCredential;
import org.microcred.wallet.rest.WalletViews.CredentialView;
import org.microcred.wallet.rest.WalletViews.PublicCredentialView;
import org.microcred.wallet.service.PublicShareService;
import org.microcred.wallet.verification.CostMeter;
import org.microcred.wallet.verification.service.VerificationService;

/**
 * Shared credentials for recognizers, who have no account: the token in the URL is the only
 * key. Rate-limited per client address by {@code PublicRateLimitFilter}.
 */
@Path("/api/v1/public/shares")
public class PublicShareResource {

    private final PublicShareService shares;
    private final VerificationService verification;

    public PublicShareResource(PublicShareService shares, VerificationService verification) {
        this.shares = shares;
        this.verification = verification;
    }

    /**
     * 200 with the credential and its verification report, made now (a revocation shows at once);
     * 404 for an unknown or expired link, 410 for a revoked one.
     */
    @GET
    @Path("/{token}")
    @PermitAll
    public Uni<Response> open(@RestPath String token) {
        return shares.open(token).chain(found -> verification.verifyStored(found.credential().document, CostMeter.FREE).map(report -> {
            WalletCredential c = found.credential();
            PublicCredentialView view = new PublicCredentialView(c.document, c.achievementName, c.issuerName,
                    c.issuedAt, found.share().createdAt, found.share().expiresAt, report,
                    CredentialView.kindOf(c.pathwayId));
            // A revoked link must stop working at once: nobody on the way may keep a copy.
            return Response.ok(view).header("Cache-Control", "no-store").build();
        }));
    }
}
