package org.microcred.issuance.oid4vci;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code microcred.oid4vci.*}: the lifetimes and limits of the OpenID4VCI 1.0 issuer. */
@ConfigMapping(prefix = "microcred.oid4vci")
public interface Oid4vciConfig {

    /** How long an offer (and its pre-authorized code) can be redeemed. */
    @WithDefault("PT15M")
    Duration offerLifetime();

    /** How long an access token of the token endpoint is accepted. */
    @WithDefault("PT5M")
    Duration accessTokenLifetime();

    /** How long a {@code c_nonce} of the nonce endpoint can be used (once). */
    @WithDefault("PT5M")
    Duration nonceLifetime();

    /** Wrong {@code tx_code}s after which the pre-authorized code is burned. */
    @WithDefault("5")
    int maxTxCodeFailures();

    /** Key proofs in one credential request (one copy each); also the metadata's {@code batch_size}. */
    @WithDefault("5")
    int maxProofs();

    /** How old a key proof's {@code iat} may be (and how far ahead of our clock). */
    @WithDefault("PT5M")
    Duration proofMaxAge();
}
