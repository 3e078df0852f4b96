package org.microcred.wallet.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.microcred.wallet.claim.ClaimOffer;
import org.microcred.wallet.claim.ClaimService;
import org.microcred.wallet.rest.WalletViews.CredentialView;

/** The claim API's request and response records; every field carries its OpenAPI description. */
public final class ClaimViews {

    private ClaimViews() {
    }

    /** The secret of the claim link the learner was sent (base64url, 43 characters). */
    @Schema(description = "A claim of what waits for the caller: the secret of the claim link they were sent")
    public record ClaimRequest(
            @Schema(description = "The claim link's secret, as the link carries it (base64url, 43 characters)")
            String token) {
    }

    /** What a claim took: the credentials now in the caller's wallet (none yet when they have not arrived). */
    @Schema(description = "A claim made: the credentials it moved into the caller's wallet")
    public record ClaimedView(
            @Schema(description = "The claim's id (enrolment-service's)") UUID claimId,
            @Schema(description = "When it was claimed") Instant claimedAt,
            @Schema(description = "The credentials now in the caller's wallet, as the wallet lists them; empty when"
                    + " none has arrived yet (it then arrives in the caller's wallet directly)")
            List<CredentialView> credentials) {

        static ClaimedView of(ClaimService.Claimed claimed) {
            return new ClaimedView(claimed.offer().claimId, claimed.offer().claimedAt,
                    claimed.credentials().stream().map(CredentialView::of).toList());
        }
    }

    /** One of the institution's offers as its issuer-admin sees it. */
    @Schema(description = "A credential offered to a learner without an account, as the institution's admin sees it")
    public record OfferView(
            @Schema(description = "The claim's id (enrolment-service's)") UUID claimId,
            @Schema(description = "The email the claim link was sent to") String earnerEmail,
            @Schema(description = "The learner's name as the LMS gave it; null when it gave none") String earnerName,
            @Schema(description = "The enrolment the credential ends") UUID enrolmentId,
            @Schema(description = "The achievement offered") UUID achievementId,
            @Schema(description = "The version of that achievement") int achievementVersion,
            @Schema(description = "The achievement's name, from the credential; null until the credential arrives")
            String achievementName,
            @Schema(description = "When the claim was offered") Instant offeredAt,
            @Schema(description = "When the claim link stops working") Instant expiresAt,
            @Schema(description = "Whether the learner claimed it") boolean claimed,
            @Schema(description = "When the learner claimed it; null while unclaimed") Instant claimedAt,
            @Schema(description = "Whether the link expired unclaimed") boolean expired,
            @Schema(description = "Whether the credential has arrived in the wallet") boolean credentialPresent) {

        static OfferView of(ClaimService.OfferEntry entry, Instant now) {
            ClaimOffer o = entry.offer();
            return new OfferView(o.claimId, o.earnerEmail, o.earnerName, o.enrolmentId, o.achievementId,
                    o.achievementVersion, entry.achievementName(), o.offeredAt, o.expiresAt, o.claimedAt != null,
                    o.claimedAt, o.claimedAt == null && !now.isBefore(o.expiresAt), entry.credentialArrived());
        }
    }
}
