package org.microcred.enrolment.outbound.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.microcred.enrolment.outbound.AddressRules;
import org.microcred.enrolment.outbound.OutboundConfig;
import org.microcred.enrolment.outbound.WebhookUrl;
import org.microcred.support.problem.ProblemException;

/**
 * Checks an endpoint URL at subscription and again before each send (the name may resolve elsewhere by then): the
 * scheme ({@link WebhookUrl}), then every address the host resolves to ({@link AddressRules}); one refused address
 * refuses the URL. The sender then connects to the address checked here, not to a second resolution, so a name
 * that changes its answer in between (DNS rebinding) cannot slip a private address in.
 */
@ApplicationScoped
public class OutboundUrlGuard {

    /** A URL that passed, with the address to connect to. */
    public record Target(WebhookUrl url, InetAddress address) {
    }

    private final Vertx vertx;
    private final OutboundConfig config;

    public OutboundUrlGuard(Vertx vertx, OutboundConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    /** The checked target; fails with 400 (malformed) or 422 {@code unsafe-webhook-url}. */
    public Uni<Target> check(String url) {
        WebhookUrl parsed;
        try {
            parsed = WebhookUrl.parse(url, config.allowHttp());
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        // The resolver blocks: on a worker, the answer back on the caller's context.
        return vertx.executeBlocking(Uni.createFrom().item(() -> resolve(parsed.host())))
                .map(addresses -> new Target(parsed, pick(parsed.host(), addresses)));
    }

    private static List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            throw WebhookUrl.unsafe("The URL's host " + host + " does not resolve");
        }
    }

    private InetAddress pick(String host, List<InetAddress> addresses) {
        if (!config.allowPrivateAddresses()) {
            for (InetAddress address : addresses) {
                Optional<String> refusal = AddressRules.refusal(address);
                if (refusal.isPresent()) {
                    throw WebhookUrl.unsafe("The URL's host " + host + " resolves to a " + refusal.get()
                            + " address (" + address.getHostAddress() + "): only public addresses are reached");
                }
            }
        }
        return addresses.get(0);
    }
}
