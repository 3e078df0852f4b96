package org.microcred.wallet.verification.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.wallet.verification.CostMeter;
import org.microcred.wallet.verification.CredentialVerifier;
import org.microcred.wallet.verification.VerificationReport;

/**
 * Verification off the event loop: it may wait on an issuer's profile or status list (2 s at most
 * each), which must never hold up other requests. Unordered, so verifications run side by side.
 */
@ApplicationScoped
public class VerificationService {

    private final CredentialVerifier verifier;
    private final Vertx vertx;

    public VerificationService(CredentialVerifier verifier, Vertx vertx) {
        this.verifier = verifier;
        this.vertx = vertx;
    }

    /**
     * A credential the wallet holds: what cannot be checked is reported, not thrown; all verification places taken
     * fails the Uni with a 503 ({@code VerificationBusyException}).
     */
    public Uni<VerificationReport> verifyStored(String document, CostMeter cost) {
        return vertx.executeBlocking(() -> verifier.verifyStored(document, cost), false);
    }
}
