package org.microcred.wallet.claim;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.events.EventEnvelope;
import org.microcred.events.EventPayload;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.events.wallet.CredentialsClaimed;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.outbox.Outbox;
import org.microcred.support.persistence.UniqueViolation;
import org.microcred.wallet.CredentialSummary;
import org.microcred.wallet.PageCursor;
import org.microcred.wallet.ShareToken;
import org.microcred.wallet.repository.WalletCredentialRepository;

/**
 * Credentials awarded to learners who had no account yet: the offers enrolment-service sends are kept, and an earner
 * who signs in with the verified email an offer names claims it once, taking every credential of the stand-in id.
 */
@ApplicationScoped
public class ClaimService {

    private static final Logger LOG = Logger.getLogger(ClaimService.class);

    /** What a claim took: the offer, now used, and the credentials now in the earner's wallet. */
    public record Claimed(ClaimOffer offer, List<CredentialSummary> credentials) {
    }

    /** One offer as the institution's admin lists it: the achievement's name and whether the credential arrived. */
    public record OfferEntry(ClaimOffer offer, String achievementName, boolean credentialArrived) {
    }

    private final ClaimOfferRepository offers;
    private final ClaimedIdentityRepository identities;
    private final WalletCredentialRepository credentials;
    private final Outbox outbox;
    private final AuditTrail audit;

    public ClaimService(ClaimOfferRepository offers, ClaimedIdentityRepository identities,
            WalletCredentialRepository credentials, Outbox outbox, AuditTrail audit) {
        this.offers = offers;
        this.identities = identities;
        this.credentials = credentials;
        this.outbox = outbox;
        this.audit = audit;
    }

    /**
     * Keeps an offer, inside the consumer's transaction. An offer already kept (redelivered, or sent again under a new
     * event id) changes nothing: not even one already claimed or expired.
     */
    public Uni<Void> offered(EventEnvelope<EventPayload> event, ClaimOffered offered) {
        ClaimRules.requireWellFormed(offered);
        return offers.findById(offered.claimId()).chain(existing -> {
            if (existing != null) {
                LOG.debugf("Claim offer %s arrived again (event %s): kept as it is", offered.claimId(), event.eventId());
                return Uni.createFrom().voidItem();
            }
            return offers.persist(toEntity(event.tenantId(), offered)).replaceWithVoid();
        });
    }

    /**
     * Claims the tenant's offer whose link secret is {@code token} for the signed-in earner, in one transaction: the
     * offer is locked and used, the stand-in recorded as this earner, every credential of the stand-in moved to the
     * earner and {@code wallet.credentials.claimed} written to the outbox. Refusals as {@link ClaimRules} says; a
     * stand-in that another earner already claimed: 409 {@code claim-conflict}. Credentials change hands, so the claim
     * is in the audit trail ({@code claim-offer.claimed}, by the earner; ids only, not the email).
     */
    @WithTransaction
    public Uni<Claimed> claim(AuditActor actor, String tenantId, String earnerId, String verifiedEmail,
            String token) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return offers.lockByTokenHash(tenantId, ShareToken.hash(token))
                .invoke(offer -> ClaimRules.check(offer, now, verifiedEmail))
                .chain(offer -> identities.lock(tenantId, offer.unclaimedEarnerId)
                        .chain(() -> identify(offer, earnerId, now))
                        .chain(() -> credentials.idsOf(tenantId, offer.unclaimedEarnerId))
                        .call(() -> credentials.moveToEarner(tenantId, offer.unclaimedEarnerId, earnerId))
                        .call(ids -> {
                            offer.claimedAt = now;
                            offer.claimedBy = earnerId;
                            return outbox.add(tenantId, offer.unclaimedEarnerId, offer.unclaimedEarnerId,
                                    new CredentialsClaimed(offer.claimId, offer.unclaimedEarnerId, earnerId,
                                            verifiedEmail, ids, now));
                        })
                        .call(ids -> audit.record(actor, tenantId, "claim-offer.claimed", "claim-offer",
                                offer.claimId.toString(),
                                AuditState.of("status", "unclaimed", "unclaimedEarnerId", offer.unclaimedEarnerId),
                                AuditState.of("status", "claimed", "unclaimedEarnerId", offer.unclaimedEarnerId,
                                        "earnerId", earnerId, "credentialIds", ids, "enrolmentId", offer.enrolmentId,
                                        "achievementId", offer.achievementId,
                                        "achievementVersion", offer.achievementVersion)))
                        .chain(ids -> credentials.summariesOf(tenantId, earnerId, ids))
                        .map(summaries -> new Claimed(offer, summaries)))
                // Two earners claiming one stand-in at once through two offers: the lock orders them, and the key of
                // claimed_identity stops the second should it ever get past.
                .onFailure(UniqueViolation::is).transform(failure -> ClaimRules.conflict());
    }

    /** The stand-in becomes this earner (once); already this earner's: nothing to do; another's: 409. */
    private Uni<Void> identify(ClaimOffer offer, String earnerId, Instant now) {
        return identities.findFor(offer.tenantId, offer.unclaimedEarnerId).chain(identity -> {
            if (identity != null) {
                if (!identity.earnerId.equals(earnerId)) {
                    return Uni.createFrom().failure(ClaimRules.conflict());
                }
                return Uni.createFrom().voidItem();
            }
            ClaimedIdentity claimed = new ClaimedIdentity();
            claimed.tenantId = offer.tenantId;
            claimed.unclaimedEarnerId = offer.unclaimedEarnerId;
            claimed.earnerId = earnerId;
            claimed.claimedAt = now;
            return identities.persist(claimed).call(identities::flush).replaceWithVoid();
        });
    }

    /** The tenant's offers, newest first, with whether each credential arrived (by its enrolment). */
    @WithSession
    public Uni<List<OfferEntry>> list(String tenantId, PageCursor after, int rows) {
        return offers.listForTenant(tenantId, after, rows).chain(page -> credentials
                .arrivedFor(tenantId, page.stream().map(o -> o.enrolmentId).filter(id -> id != null).toList())
                .map(arrived -> entries(page, arrived)));
    }

    private static List<OfferEntry> entries(List<ClaimOffer> page, Map<UUID, String> arrived) {
        return page.stream()
                .map(o -> new OfferEntry(o, o.enrolmentId == null ? null : arrived.get(o.enrolmentId),
                        o.enrolmentId != null && arrived.containsKey(o.enrolmentId)))
                .toList();
    }

    private static ClaimOffer toEntity(String tenantId, ClaimOffered offered) {
        ClaimOffer o = new ClaimOffer();
        o.claimId = offered.claimId();
        o.tenantId = tenantId;
        o.unclaimedEarnerId = offered.unclaimedEarnerId();
        o.earnerEmail = offered.earnerEmail();
        o.earnerName = offered.earnerName();
        o.tokenHash = offered.tokenHash();
        o.expiresAt = offered.expiresAt();
        o.enrolmentId = offered.enrolmentId();
        o.achievementId = offered.achievementId();
        o.achievementVersion = offered.achievementVersion();
        o.offeredAt = offered.offeredAt();
        return o;
    }
}
