package org.microcred.issuance.oid4vci;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

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

    /** How long a wallet's authorization request waits for the earner to sign in to Keycloak. */
    @WithDefault("PT10M")
    Duration authorizationLifetime();

    /** How long our authorization code can be redeemed (once) at the token endpoint. */
    @WithDefault("PT2M")
    Duration authorizationCodeLifetime();

    /** Awards one authorization-code token covers when the wallet asked by scope (the earner's newest first). */
    @WithDefault("20")
    int maxAwardsPerToken();

    /** Keycloak's realm URL as browsers and this service reach it (its issuer): where the earner signs in. */
    @WithName("login.server-url")
    String loginServerUrl();

    /** The Keycloak client that signs the earner in for the authorization-code flow. */
    @WithName("login.client-id")
    @WithDefault("issuance-oid4vci")
    String loginClientId();

    /** Its secret, from the environment; without it the authorization-code flow is neither offered nor advertised. */
    @WithName("login.client-secret")
    Optional<String> loginClientSecret();

    /** Connect and answer timeout of the code exchange at Keycloak's token endpoint. */
    @WithName("login.timeout")
    @WithDefault("PT10S")
    Duration loginTimeout();
}
