package org.microcred.issuance.oid4vci;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.microcred.events.EventCodec;
import org.microcred.issuance.CredentialStatus;
import org.microcred.support.capability.CapabilityValues;
import org.microcred.issuance.holder.HolderCopies;
import org.microcred.support.problem.ProblemException;

/**
 * Offers by reference: the earner makes one for their award (with a {@code tx_code} if they ask, returned to them
 * once and kept hashed), a wallet reads it at {@code credential_offer_uri} (a capability URL), and redeems its
 * pre-authorized code at the token endpoint ({@link TokenGrants}).
 */
@ApplicationScoped
public class CredentialOffers {

    private static final Logger LOG = Logger.getLogger(CredentialOffers.class);

    private final HolderCopies copies;
    private final Oid4vciRepository store;
    private final IssuerMetadata metadata;
    private final Oid4vciConfig config;

    public CredentialOffers(HolderCopies copies, Oid4vciRepository store, IssuerMetadata metadata,
            Oid4vciConfig config) {
        this.copies = copies;
        this.store = store;
        this.metadata = metadata;
        this.config = config;
    }

    /** What the earner gets back: the offer id (for the URI) and the tx_code, both shown once. */
    public record Created(String tenantId, String offerId, String txCode, Instant expiresAt) {
    }

    @WithTransaction
    public Uni<Created> create(String tenantId, String earnerId, UUID awardId, List<String> configurationIds,
            boolean withTxCode) {
        return copies.earnersAward(tenantId, earnerId, awardId).chain(award -> {
            if (award.status != CredentialStatus.ACTIVE) {
                throw ProblemException.conflict("credential-not-active", "This credential is "
                        + award.status.name().toLowerCase() + ": it cannot be sent to a wallet app");
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            CredentialOffer.Made made = CredentialOffer.make(award, earnerId, configurationIds, withTxCode, true, now,
                    config.offerLifetime());
            LOG.infof("OpenID4VCI offer of credential %s by its earner (tenant %s, tx_code %s)", award.id, tenantId,
                    withTxCode);
            return store.persist(made.offer()).replaceWith(made.shown());
        });
    }

    /**
     * The offer document (OpenID4VCI 1.0 §4.1.1) while its code can be redeemed; 404 for an unknown offer, 410 once
     * it was redeemed, burned or expired.
     */
    @WithSession
    public Uni<ObjectNode> document(String tenantId, String offerId) {
        return store.offer(tenantId, CapabilityValues.sha256(offerId)).map(offer -> {
            if (offer == null) {
                throw ProblemException.notFound("Credential offer", "given");
            }
            if (!offer.isRedeemable(Instant.now())) {
                throw new ProblemException(410, "offer-gone", "Credential offer no longer valid",
                        "This offer was used or has expired; ask for a new one in your wallet");
            }
            return document(offer, offerId);
        });
    }

    /**
     * The offer's {@code issuer_state}: derived one way from the offer id, so the offer document can state it every
     * time without storing it, while it gives away neither the offer id nor the pre-authorized code.
     */
    static String issuerStateOf(String offerId) {
        return CapabilityValues.sha256("oid4vci-issuer-state:" + offerId);
    }

    private ObjectNode document(CredentialOffer offer, String offerId) {
        ObjectNode document = EventCodec.mapper().createObjectNode();
        document.put("credential_issuer", metadata.issuerId(offer.tenantId));
        offer.configurations().forEach(document.putArray("credential_configuration_ids")::add);
        ObjectNode grants = document.putObject("grants");
        ObjectNode grant = grants.putObject(IssuerMetadata.PRE_AUTHORIZED_GRANT);
        grant.put("pre-authorized_code", offer.preAuthorizedCode);
        if (offer.txCodeHash != null) {
            grant.putObject("tx_code").put("input_mode", "numeric").put("length", Secrets.TX_CODE_DIGITS)
                    .put("description", offer.madeByInstitution() ? IssuerOffers.TX_CODE_DESCRIPTION
                            : "The code shown in your microcred wallet when you made this offer");
        }
        if (offer.issuerStateHash != null && metadata.offersAuthorizationCode()) {
            grants.putObject(AuthorizationCodeGrants.GRANT)
                    .put("issuer_state", issuerStateOf(offerId));
        }
        return document;
    }
}
