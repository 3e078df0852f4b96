package org.microcred.wallet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where documents of issuers outside the deployment (did:web and controller documents, their status lists) may be
 * fetched from: off {@link VerifyConfig#trustedIssuers()}, only public https hosts, unless a test allows more.
 */
@ConfigMapping(prefix = "microcred.verify.public-web")
public interface PublicWebConfig {

    /** Whether they are fetched at all; off, only did:key issuers without status entries verify. */
    @WithDefault("true")
    boolean enabled();

    /** Plain http too; for tests, whose issuers run without TLS. */
    @WithDefault("false")
    boolean allowHttp();

    /** Loopback, private and link-local addresses too; for tests, whose issuers run on this machine. */
    @WithDefault("false")
    boolean allowPrivateAddresses();
}
