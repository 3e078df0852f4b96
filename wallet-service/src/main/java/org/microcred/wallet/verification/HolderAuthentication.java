package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.microcred.credentials.holder.HolderProofException;
import org.microcred.credentials.holder.PresentationProofs;
import org.microcred.credentials.holder.VerifiedPresentation;

/**
 * A presentation's DID authentication ({@link PresentationProofs}), under the same bounds as a credential's
 * verification: charged to the caller's {@link CostMeter} (one unit per proof it may carry), run in a
 * {@link VerificationBulkhead} place and within one canonicalisation budget. The credentials it holds are then
 * verified one by one by {@link CredentialVerifier}, each charged and bounded on its own.
 */
@ApplicationScoped
public class HolderAuthentication {

    private final VerificationLimits limits;
    private final VerificationBulkhead bulkhead;
    private final Clock clock = Clock.systemUTC();

    public HolderAuthentication(VerificationLimits limits, VerificationBulkhead bulkhead) {
        this.limits = limits;
        this.bulkhead = bulkhead;
    }

    /** What a presentation's check found: the verified presentation, or the holder proof's refusal. */
    public record Outcome(VerifiedPresentation presentation, HolderProofException refusal) {
    }

    public Outcome authenticate(JsonNode presentation, String challenge, String domain, CostMeter meter) {
        meter.charge(PresentationProofs.MAX_PROOFS);
        return bulkhead.run(() -> limits.budget().spend(() -> {
            try {
                return new Outcome(PresentationProofs.verify(presentation, challenge, domain, clock.instant()), null);
            } catch (HolderProofException e) {
                return new Outcome(null, e);
            }
        }));
    }
}
