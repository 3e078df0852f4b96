package org.microcred.enrolment.webhook.adapter.canvas;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.util.List;
import org.microcred.enrolment.outbound.WebhookUrl;
import org.microcred.enrolment.webhook.adapter.AdapterConfig;
import org.microcred.support.outbound.CheckedTarget;
import org.microcred.support.outbound.HostAddresses;
import org.microcred.support.outbound.OutboundUrl;
import org.microcred.support.problem.Problem.FieldError;
import org.microcred.support.problem.ProblemException;

/**
 * The rules of outbound webhook URLs for the JWKS URL of a Canvas integration, the one URL an institution configures
 * that this service fetches: {@code https} ({@code http} only where {@link AdapterConfig#allowHttpJwks()}), a host,
 * no user info or fragment ({@link WebhookUrl}); every address the host resolves to public ({@link HostAddresses}:
 * no loopback, private, link-local (the cloud metadata address), CGNAT, multicast...), loopback only where
 * {@link AdapterConfig#allowLoopbackJwks()} (tests). Checked when the integration is configured and again before each
 * fetch, which connects to the address checked then (a name that changes its answer cannot slip a private one in).
 */
@ApplicationScoped
public class JwksUrlGuard {

    private final HostAddresses hosts;
    private final AdapterConfig config;

    public JwksUrlGuard(HostAddresses hosts, AdapterConfig config) {
        this.hosts = hosts;
        this.config = config;
    }

    /** Before a fetch: the target to connect to; fails with 422 {@code unsafe-jwks-url} (or 400 when malformed). */
    public Uni<CheckedTarget> check(String url) {
        OutboundUrl parsed;
        try {
            parsed = parse(url);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        return hosts.resolve(parsed.host()).map(addresses -> {
            if (addresses.isEmpty()) {
                throw unsafe("The JWKS URL's host " + parsed.host() + " does not resolve");
            }
            return new CheckedTarget(parsed, pick(parsed.host(), addresses));
        });
    }

    /**
     * At configuration: the same rules, except that a host which does not resolve (yet) is accepted; it is refused
     * at each fetch until it resolves to public addresses.
     */
    public Uni<Void> checkConfigured(String url) {
        OutboundUrl parsed;
        try {
            parsed = parse(url);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        return hosts.resolve(parsed.host()).invoke(addresses -> {
            if (!addresses.isEmpty()) {
                pick(parsed.host(), addresses);
            }
        }).replaceWithVoid();
    }

    private OutboundUrl parse(String url) {
        try {
            return WebhookUrl.parse(url, config.allowHttpJwks());
        } catch (ProblemException e) {
            // WebhookUrl names its field "url"; here it is the integration's jwksUrl.
            throw e.status() == 422 ? unsafe(e.getMessage()
                    .replace("The URL", "The JWKS URL")) : ProblemException.invalid("jwksUrl", "an https URL with a"
                            + " host, no user info or fragment, at most " + OutboundUrl.MAX_LENGTH + " characters");
        }
    }

    private InetAddress pick(String host, List<InetAddress> addresses) {
        return HostAddresses.firstIfAllPublic("The JWKS URL's host", host, addresses,
                address -> config.allowLoopbackJwks() && address.isLoopbackAddress(), JwksUrlGuard::unsafe);
    }

    static ProblemException unsafe(String detail) {
        return new ProblemException(422, "unsafe-jwks-url", "Unsafe JWKS URL", detail,
                List.of(new FieldError("jwksUrl", detail)));
    }
}
