package org.microcred.issuance.oid4vci;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.events.enrolment.ClaimOffered;
import org.microcred.issuance.CredentialStatus;
import org.microcred.issuance.IssuedCredential;
import org.microcred.issuance.repository.CredentialRepository;
import org.microcred.support.audit.AuditActor;
import org.microcred.support.audit.AuditState;
import org.microcred.support.audit.AuditTrail;
import org.microcred.support.problem.ProblemException;

/**
 * Offers the institution makes for a learner without an account: the award was issued to a stand-in earner
 * ({@code unclaimed:<sha256 of the email>}), who has no wallet to make their own offer from. The offer is an ordinary
 * {@link CredentialOffer} of the award (the token and credential endpoints redeem it as any other, and bind the copy
 * to the holder's DID), except that a {@code tx_code} is always required (the offer link travels by email or an LMS
 * message, the code by a second channel: the link alone must not deliver the credential), it lives
 * {@link IssuerOfferConfig#ttl()}, and at most {@link IssuerOfferConfig#maxOpen()} are open per award.
 *
 * <p>In one transaction: the award row is locked (two requests at once are counted one after the other, and a
 * revocation waits), checked, the offer stored and the audit record ({@code credential.openid4vci-offer.created})
 * written. The audit record names the award and the expiry, never the offer id or the codes (they are capabilities).
 */
@ApplicationScoped
public class IssuerOffers {

    /** The offer's {@code tx_code.description}: where the learner finds the code. */
    public static final String TX_CODE_DESCRIPTION = "The code your institution gave you separately (not in the"
            + " message with this offer)";

    static final String AUDIT_ACTION = "credential.openid4vci-offer.created";

    private static final Logger LOG = Logger.getLogger(IssuerOffers.class);

    private final CredentialRepository awards;
    private final Oid4vciRepository store;
    private final IssuerOfferConfig config;
    private final AuditTrail audit;

    public IssuerOffers(CredentialRepository awards, Oid4vciRepository store, IssuerOfferConfig config,
            AuditTrail audit) {
        this.awards = awards;
        this.store = store;
        this.config = config;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<CredentialOffers.Created> create(String tenantId, UUID awardId, AuditActor actor) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return awards.lockInTenant(tenantId, awardId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Credential", awardId))
                .chain(award -> {
                    checkOfferable(award);
                    return openOffers(award, now).chain(open -> {
                        if (open >= config.maxOpen()) {
                            throw ProblemException.conflict("too-many-offers", "This credential has " + open
                                    + " open offers already (at most " + config.maxOpen() + "): wait until one is"
                                    + " used or expires");
                        }
                        return store(award, now, actor, open);
                    });
                });
    }

    /** Only a stand-in's active award: an earner with an account makes their own offer from their wallet. */
    private static void checkOfferable(IssuedCredential award) {
        if (!ClaimOffered.isUnclaimed(award.earnerId)) {
            throw ProblemException.conflict("earner-has-account", "This credential's earner has an account: they"
                    + " send it to a wallet app themselves, from their wallet (POST /api/v1/wallet/openid4vci-offers)");
        }
        if (award.status != CredentialStatus.ACTIVE) {
            throw ProblemException.conflict("credential-not-active", "This credential is "
                    + award.status.name().toLowerCase() + ": it cannot be sent to a wallet app");
        }
    }

    private Uni<CredentialOffers.Created> store(IssuedCredential award, Instant now, AuditActor actor, long open) {
        // The earner is the stand-in: what marks the offer as the institution's (CredentialOffer.madeByInstitution()).
        // No issuer_state: the learner has no account to sign in with.
        CredentialOffer.Made made = CredentialOffer.make(award, award.earnerId, CredentialConfigurations.ALL, true,
                false, now, config.ttl());
        CredentialOffer offer = made.offer();
        LOG.infof("OpenID4VCI offer of credential %s made by the institution for its stand-in earner (tenant %s)",
                award.id, award.tenantId);
        return store.persist(offer)
                .call(() -> audit.record(actor, award.tenantId, AUDIT_ACTION, "credential", award.id.toString(),
                        AuditState.of("openOffers", open),
                        AuditState.of("openOffers", open + 1, "earnerId", award.earnerId, "expiresAt",
                                offer.expiresAt, "txCode", "required", "credentialConfigurationIds",
                                CredentialConfigurations.ALL)))
                .replaceWith(made.shown());
    }

    /** The award's offers to its stand-in that can still be redeemed. */
    private static Uni<Long> openOffers(IssuedCredential award, Instant now) {
        return Panache.getSession().chain(session -> session.createQuery("select count(*) from CredentialOffer"
                        + " where tenantId = :tenant and credentialId = :award and earnerId = :earner"
                        + " and redeemedAt is null and burnedAt is null and expiresAt > :now", Long.class)
                .setParameter("tenant", award.tenantId).setParameter("award", award.id)
                .setParameter("earner", award.earnerId).setParameter("now", now)
                .getSingleResult());
    }
}
