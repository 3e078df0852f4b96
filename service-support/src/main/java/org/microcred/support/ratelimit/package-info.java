/**
 * The per-client limit on a service's public endpoints, one implementation for every service
 * ({@link org.microcred.support.ratelimit.PublicRateLimit}). Configured under {@code microcred.public-rate-limit}
 * ({@link org.microcred.support.ratelimit.RateLimitConfig}):
 *
 * <table>
 * <caption>keys</caption>
 * <tr><th>key</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code paths}</td><td>none (off)</td><td>limited path prefixes, matched on the normalised path</td></tr>
 * <tr><td>{@code requests}</td><td>60</td><td>units per period per client, also the burst</td></tr>
 * <tr><td>{@code period}</td><td>60s</td><td>refill period</td></tr>
 * <tr><td>{@code max-clients}</td><td>10000</td><td>buckets kept; the least recently seen is evicted</td></tr>
 * <tr><td>{@code trusted-proxies}</td><td>none</td><td>CIDR list; only these peers are believed about the
 * client</td></tr>
 * <tr><td>{@code forwarding-header}</td><td>x-forwarded-for</td><td>or {@code forwarded} (RFC 7239)</td></tr>
 * <tr><td>{@code exempt-networks}</td><td>none</td><td>CIDR list of internal clients never limited</td></tr>
 * </table>
 *
 * <p>One rule for proxies in every service: {@code quarkus.http.proxy.proxy-address-forwarding} stays off (it
 * believes the left-most, client-written address from any peer); the limiter reads the socket's peer and trusts the
 * forwarding header only from {@code trusted-proxies}, from the right.
 */
package org.microcred.support.ratelimit;
