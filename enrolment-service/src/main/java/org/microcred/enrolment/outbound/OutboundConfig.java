package org.microcred.enrolment.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code microcred.outbound.*}: the institutions' outbound webhooks (README, "Outbound webhooks"). */
@ConfigMapping(prefix = "microcred.outbound")
public interface OutboundConfig {

    /**
     * Base64 of 32 bytes: seals the endpoints' signing secrets at rest (AES-256-GCM), from
     * {@code MICROCRED_OUTBOUND_SECRET_KEY}. Without it the subscriptions API answers 503 and nothing is sent.
     */
    Optional<String> secretKey();

    /** Plain {@code http} URLs accepted (tests only: receivers on loopback). */
    @WithDefault("false")
    boolean allowHttp();

    /** Loopback, private, link-local... addresses accepted (tests only). */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The longest wait for the response once connected. */
    @WithDefault("10s")
    Duration readTimeout();

    /**
     * The wait before each retry: the first after the first failed attempt, and so on; once all are used the delivery
     * is FAILED. The default spans about 27 hours.
     */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** How long the secret replaced by a rotation keeps signing beside the new one. */
    @WithDefault("24h")
    Duration rotationOverlap();

    /** The sender's fallback poll; a committed delivery wakes it at once. */
    @WithDefault("5s")
    Duration sendInterval();

    /** {@code false} stops this instance's sender (deliveries then wait, PENDING). */
    @WithDefault("true")
    boolean senderEnabled();

    /**
     * Added to the connect and read timeouts, how long a sender holds the deliveries it leased: a sender that dies
     * mid-attempt leaves leases that expire after this, and its deliveries are tried again.
     */
    @WithDefault("30s")
    Duration leaseMargin();

    /**
     * PEM files of certificates (a private CA's, or an endpoint's own) trusted beside the JDK's default trust, for
     * institutions whose endpoints use a private CA. The host name is still verified.
     */
    Optional<List<String>> trustCertificates();

    /**
     * At most this many deliveries of one endpoint in flight at once, over all senders: a slow or hanging endpoint
     * takes no more of the sender than this, and the other endpoints' deliveries go on. Each subject of an endpoint is
     * still sent in order, one at a time.
     */
    @WithDefault("4")
    int perEndpointConcurrency();

    /** At most this many endpoints per institution. */
    @WithDefault("20")
    int maxEndpointsPerTenant();
}
