package org.microcred.enrolment.outbound.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.microcred.enrolment.outbound.OutboundConfig;
import org.microcred.enrolment.outbound.WebhookUrl;
import org.microcred.support.outbound.CheckedTarget;
import org.microcred.support.outbound.HostAddresses;
import org.microcred.support.outbound.OutboundUrl;
import org.microcred.support.problem.ProblemException;

/**
 * Checks an endpoint URL at subscription and again before each send (the name may resolve elsewhere by then): the
 * scheme ({@link WebhookUrl}), then every address the host resolves to ({@link HostAddresses}); one refused address
 * refuses the URL. The sender then connects to the address checked here, not to a second resolution.
 */
@ApplicationScoped
public class OutboundUrlGuard {

    private final HostAddresses hosts;
    private final OutboundConfig config;

    public OutboundUrlGuard(HostAddresses hosts, OutboundConfig config) {
        this.hosts = hosts;
        this.config = config;
    }

    /** The checked target; fails with 400 (malformed) or 422 {@code unsafe-webhook-url}. */
    public Uni<CheckedTarget> check(String url) {
        OutboundUrl parsed;
        try {
            parsed = WebhookUrl.parse(url, config.allowHttp());
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        return hosts.resolve(parsed.host()).map(addresses -> {
            if (addresses.isEmpty()) {
                throw WebhookUrl.unsafe("The URL's host " + parsed.host() + " does not resolve");
            }
            return new CheckedTarget(parsed, HostAddresses.firstIfAllPublic("The URL's host", parsed.host(),
                    addresses, address -> config.allowPrivateAddresses(), WebhookUrl::unsafe));
        });
    }
}
