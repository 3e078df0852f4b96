package org.microcred.issuance.oid4vci;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;
import org.microcred.support.capability.CapabilityValues;

/**
 * The token endpoint's pre-authorized code grant (OpenID4VCI 1.0 §6): a code works once, before its offer expires. A
 * wrong {@code tx_code} does not burn the code, it is counted, and the code is burned after
 * {@link Oid4vciConfig#maxTxCodeFailures()} of them; the count commits although the answer is an error, so it is an
 * {@link Outcome}, not an exception that would roll it back.
 */
@ApplicationScoped
public class TokenGrants {

    private static final Logger LOG = Logger.getLogger(TokenGrants.class);

    private final Oid4vciRepository store;
    private final Oid4vciConfig config;

    public TokenGrants(Oid4vciRepository store, Oid4vciConfig config) {
        this.store = store;
        this.config = config;
    }

    /**
     * @param configurationIds the configurations the wallet's {@code authorization_details} asked for, or null: then
     *                         the answer has no {@code authorization_details}, and the wallet names a configuration
     * @param awardIds         the awards the token covers, one credential identifier each per configuration
     */
    public record Grant(String accessToken, long expiresIn, List<String> configurationIds,
            List<java.util.UUID> awardIds) {
    }

    public record Outcome(Grant grant, OAuthError error) {
        static Outcome refused(String error, String description) {
            return new Outcome(null, OAuthError.of(error, description));
        }
    }

    @WithTransaction
    public Uni<Outcome> redeem(String tenantId, String code, String txCode, List<String> requested) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return store.lockOfferByCode(tenantId, CapabilityValues.sha256(code)).chain(offer -> {
            if (offer == null || !offer.isRedeemable(now)) {
                return Uni.createFrom().item(Outcome.refused("invalid_grant",
                        "The pre-authorized code is unknown, used or expired"));
            }
            if (offer.txCodeHash != null) {
                if (txCode == null || txCode.isEmpty()) {
                    return Uni.createFrom().item(Outcome.refused("invalid_request",
                            "This offer needs its tx_code"));
                }
                if (!CapabilityValues.sameHash(offer.txCodeHash, Secrets.txCodeHash(offer.idHash, txCode))) {
                    return Uni.createFrom().item(wrongTxCode(offer, now));
                }
            }
            if (requested != null && !offer.configurations().containsAll(requested)) {
                return Uni.createFrom().item(Outcome.refused("invalid_request",
                        "authorization_details names a credential configuration this offer does not offer"));
            }
            offer.close(now, true);
            String value = CapabilityValues.newValue();
            AccessToken token = new AccessToken();
            token.tokenHash = CapabilityValues.sha256(value);
            token.tenantId = tenantId;
            token.credentialId = offer.credentialId;
            token.earnerId = offer.earnerId;
            token.configurationIds = offer.configurationIds;
            token.createdAt = now;
            token.expiresAt = now.plus(config.accessTokenLifetime());
            LOG.infof("OpenID4VCI pre-authorized code of credential %s redeemed (tenant %s)", offer.credentialId,
                    tenantId);
            return store.persist(token).replaceWith(new Outcome(new Grant(value,
                    config.accessTokenLifetime().toSeconds(), requested, List.of(offer.credentialId)), null));
        });
    }

    private Outcome wrongTxCode(CredentialOffer offer, Instant now) {
        offer.txCodeFailures++;
        if (offer.txCodeFailures >= config.maxTxCodeFailures()) {
            offer.close(now, false);
            LOG.warnf("OpenID4VCI offer of credential %s burned after %d wrong tx_codes (tenant %s)",
                    offer.credentialId, offer.txCodeFailures, offer.tenantId);
            return Outcome.refused("invalid_grant", "Wrong tx_code; too many wrong tries: the offer is no longer"
                    + " valid, ask for a new one");
        }
        return Outcome.refused("invalid_grant", "Wrong tx_code");
    }
}
