package org.microcred.wallet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where verification may reach over the network, and how far it waits. */
@ConfigMapping(prefix = "microcred.verify")
public interface VerifyConfig {

    /**
     * URL prefixes of issuer profiles, DID documents and status lists that may be fetched. Anything
     * else is never contacted: verification must not become a way to make this service call
     * arbitrary hosts (internal ones included).
     */
    @WithDefault("http://localhost:8084/")
    List<String> trustedIssuers();

    /** Connect and whole-answer time limit of one fetch. */
    @WithDefault("2s")
    Duration fetchTimeout();

    /** A profile or a status list larger than this is refused (131,072 bits gzip to far less). */
    @WithDefault("262144")
    int maxDocumentBytes();

    /** The longest a fetched document is reused, whatever its {@code Cache-Control} says. */
    @WithDefault("5m")
    Duration maxCacheTtl();

    /** How many fetched documents are kept at once. */
    @WithDefault("256")
    int cacheEntries();

    /**
     * Issuer ids (DIDs, URLs) of other institutions this deployment trusts: their credentials are reported with the
     * issuer known. The institutions of this deployment (issuers under {@link #trustedIssuers()}) need not be listed.
     */
    Optional<List<String>> knownIssuers();
}
