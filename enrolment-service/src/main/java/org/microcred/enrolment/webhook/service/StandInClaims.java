package org.microcred.enrolment.webhook.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.microcred.enrolment.Enrolment;
import org.microcred.enrolment.config.LmsConfig;
import org.microcred.enrolment.notification.NotificationKind;
import org.microcred.enrolment.notification.service.NotificationRecorder;
import org.microcred.enrolment.webhook.ClaimLinks;
import org.microcred.enrolment.webhook.LmsClaimOffer;
import org.microcred.enrolment.webhook.repository.LmsClaimOffers;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.support.outbox.Outbox;

/**
 * The claim link of a stand-in: made the first time an LMS gives the stand-in anything in the tenant (an enrolment, an
 * award), then answered as it is to every later request while it is valid. One link per stand-in: the wallet claims
 * every credential of the stand-in at once. An expired link is replaced at the next request by a fresh one (new claim
 * id and secret, {@code enrolment.claim.offered}, mail); a claimed stand-in gets none. In the caller's transaction;
 * the stand-in's row is locked, so two requests at once make one offer (the key stops a second first offer).
 */
@ApplicationScoped
public class StandInClaims {

    /** What an LMS is answered: the link and until when it works. */
    public record ClaimLink(UUID claimId, String url, Instant expiresAt) {
    }

    /** Why the offer is made, for the mail: an enrolment (nothing earned yet) or an award. */
    public enum Occasion { ENROLMENT, AWARD }

    private final LmsClaimOffers offers;
    private final NotificationRecorder notifications;
    private final Outbox outbox;
    private final LmsConfig config;

    public StandInClaims(LmsClaimOffers offers, NotificationRecorder notifications, Outbox outbox, LmsConfig config) {
        this.offers = offers;
        this.notifications = notifications;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * The stand-in's valid link, made (or made afresh) if need be, offered through {@code enrolment}; null when the
     * learner is not a stand-in or the stand-in was claimed.
     */
    public Uni<ClaimLink> linkFor(Learners.Learner learner, Enrolment enrolment, Occasion occasion) {
        if (!learner.standIn()) {
            return Uni.createFrom().nullItem();
        }
        return offers.lock(enrolment.tenantId, learner.earnerId()).chain(existing -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
            if (existing != null && existing.claimedAt != null) {
                return Uni.createFrom().nullItem();
            }
            if (existing != null && existing.expiresAt.isAfter(now)) {
                return Uni.createFrom().item(linkOf(existing));
            }
            LmsClaimOffer offer = existing != null ? existing : new LmsClaimOffer();
            offer.tenantId = enrolment.tenantId;
            offer.earnerId = learner.earnerId();
            offer.earnerEmail = learner.email();
            offer.claimId = UUID.randomUUID();
            offer.claimToken = ClaimLinks.newSecret();
            offer.offeredAt = now;
            offer.expiresAt = now.plus(config.claimLinkValidity());
            Uni<LmsClaimOffer> saved = existing != null ? Uni.createFrom().item(offer) : offers.persist(offer);
            return saved.chain(() -> announce(offer, learner, enrolment, occasion)).replaceWith(() -> linkOf(offer));
        });
    }

    /** {@code enrolment.claim.offered} for the wallet (the secret's hash only) and the mail with the link. */
    private Uni<Void> announce(LmsClaimOffer offer, Learners.Learner learner, Enrolment enrolment, Occasion occasion) {
        ClaimOffered event = new ClaimOffered(offer.claimId, offer.earnerId, offer.earnerEmail, learner.name(),
                ClaimLinks.hashOf(offer.claimToken), offer.expiresAt, enrolment.id, enrolment.achievementId,
                enrolment.achievementVersion, offer.offeredAt);
        return outbox.add(offer.tenantId, offer.earnerId, offer.earnerId, event)
                .chain(() -> notifications.record(offer.tenantId, enrolment.id, NotificationKind.CLAIM_OFFERED,
                        "claim:" + offer.claimId, Map.of("claimUrl", url(offer),
                                "expiresOn", DateTimeFormatter.ISO_LOCAL_DATE.format(
                                        offer.expiresAt.atZone(ZoneOffset.UTC)),
                                "offeredFor", occasion == Occasion.ENROLMENT ? "enrolment" : "award")))
                .replaceWithVoid();
    }

    private ClaimLink linkOf(LmsClaimOffer offer) {
        return new ClaimLink(offer.claimId, url(offer), offer.expiresAt);
    }

    private String url(LmsClaimOffer offer) {
        return ClaimLinks.link(config.claimLinkBase(), offer.claimToken);
    }
}
