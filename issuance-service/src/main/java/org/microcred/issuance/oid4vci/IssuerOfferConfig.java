package org.microcred.issuance.oid4vci;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code microcred.oid4vci.issuer-offer.*}: offers the institution makes for a learner without an account
 * ({@link IssuerOffers}). Apart from {@link Oid4vciConfig} so that the earner's own offers keep their short life.
 */
@ConfigMapping(prefix = "microcred.oid4vci.issuer-offer")
public interface IssuerOfferConfig {

    /**
     * How long such an offer (and its pre-authorized code) can be redeemed: longer than the earner's own 15 minutes,
     * because the link travels by email or an LMS message and the learner reads it later.
     */
    @WithDefault("P7D")
    Duration ttl();

    /**
     * Open offers (not redeemed, burned or expired) the institution may hold for one award at a time: each is a way
     * to a copy, so the endpoint is not a copy mill.
     */
    @WithDefault("5")
    int maxOpen();
}
