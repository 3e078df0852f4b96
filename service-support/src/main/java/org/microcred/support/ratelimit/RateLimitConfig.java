package org.microcred.support.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The allowance of each client on a service's public endpoints ({@link PublicRateLimit}). Without {@code paths} the
 * limiter is off.
 */
@ConfigMapping(prefix = "microcred.public-rate-limit")
public interface RateLimitConfig {

    /** Path prefixes that are limited, matched against the normalised path; absent: nothing is limited. */
    Optional<List<String>> paths();

    /**
     * Paths (regular expressions over the whole normalised path) that only authenticated clients call and that limit
     * each client themselves ({@link ClientRateLimit}), inside {@link #paths()}: a request there with a bearer token
     * is not charged to its address's public allowance (the token is verified, and the client charged, after this
     * limiter); one without a token is. Absent: none.
     */
    Optional<List<String>> clientPaths();

    /** Units (one per plain request) a client may spend per period; also its largest burst. */
    @WithDefault("60")
    int requests();

    @WithDefault("60s")
    Duration period();

    /** How many clients are tracked at once; a new client beyond it evicts the least recently seen one. */
    @WithDefault("10000")
    int maxClients();

    /**
     * Networks (CIDR) of the reverse proxies in front of the service. Only a direct peer in one of them is believed
     * about the client it forwards; absent, the forwarding header is ignored and the peer is the client.
     */
    Optional<List<String>> trustedProxies();

    /** The header the trusted proxies write: {@code x-forwarded-for} or {@code forwarded} (RFC 7239). */
    @WithDefault("x-forwarded-for")
    ClientAddresses.ForwardingHeader forwardingHeader();

    /** Networks (CIDR) of internal clients that are never limited, e.g. another service of this deployment. */
    Optional<List<String>> exemptNetworks();
}
