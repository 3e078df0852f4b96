package org.microcred.wallet.ims.host;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.external.ExternalCredentialService;
import org.microcred.wallet.external.ExternalCredentialService.Stored;
import org.microcred.wallet.external.ExternalFacts;
import org.microcred.wallet.external.ExternalVerification;
import org.microcred.wallet.external.ExternalVerification.Accepted;
import org.microcred.wallet.external.ExternalVerification.Received;
import org.microcred.wallet.ims.host.ImsAccess.Earner;

/**
 * {@code upsertCredential}: a credential a platform puts into the earner's wallet, kept as a credential from
 * elsewhere (the wallet's {@code external/}: shown, shareable, re-checked, announced for recognition). Verified by the
 * wallet's verifier within its cost bounds, refused when it does not verify, is not an Open Badge, is revoked,
 * suspended or expired, or names by email an earner who is not this one. The APIs answer such refusals 400 (they know
 * no 409 or 422): the reason is in the description.
 */
@ApplicationScoped
public class CredentialUpsert {

    private final ExternalVerification verification;
    private final ExternalCredentialService credentials;
    private final Vertx vertx;

    public CredentialUpsert(ExternalVerification verification, ExternalCredentialService credentials, Vertx vertx) {
        this.verification = verification;
        this.credentials = credentials;
        this.vertx = vertx;
    }

    /** Verified on a worker thread (keys and status lists may be fetched), then kept: created or replaced. */
    public Uni<Stored> upsert(Earner earner, Received received) {
        return vertx.executeBlocking(() -> addressedTo(earner, verification.check(received, earner.verifiedEmail(),
                        earner.tenantId())),
                        false)
                .chain(accepted -> credentials.upsert(earner.tenantId(), earner.earnerId(), accepted))
                .onFailure(ProblemException.class).transform(e -> asBadRequest((ProblemException) e));
    }

    /**
     * A credential that names its subject by an email which is not the earner's verified one is another person's.
     * One naming its subject otherwise (a DID, say) is the earner's to claim: the platform acts for the signed-in
     * earner.
     */
    static Accepted addressedTo(Earner earner, Accepted accepted) {
        if (ExternalFacts.FALSE.equals(accepted.facts().subjectMatches())) {
            throw new ProblemException(400, "other-recipient", "Addressed to someone else",
                    "The credential names its recipient by an email that is not this earner's verified email");
        }
        return accepted;
    }

    /** 409 and 422 are the rest of the API's words for a refused credential; these APIs say 400. */
    static ProblemException asBadRequest(ProblemException e) {
        return e.status() == 409 || e.status() == 422 ? e.withStatus(400) : e;
    }
}
