package org.microcred.enrolment.webhook.adapter.canvas;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.microcred.enrolment.outbound.AddressRules;
import org.microcred.enrolment.outbound.WebhookUrl;
import org.microcred.enrolment.webhook.adapter.AdapterConfig;
import org.microcred.support.problem.Problem.FieldError;
import org.microcred.support.problem.ProblemException;

/**
 * The rules of outbound webhook URLs for the JWKS URL of a Canvas integration, the one URL an institution configures
 * that this service fetches: {@code https} ({@code http} only where {@link AdapterConfig#allowHttpJwks()}), a host,
 * no user info or fragment ({@link WebhookUrl}); every address the host resolves to public ({@link AddressRules}:
 * no loopback, private, link-local (the cloud metadata address), CGNAT, multicast...), loopback only where
 * {@link AdapterConfig#allowLoopbackJwks()} (tests). Checked when the integration is configured and again before each
 * fetch, which connects to the address checked then (a name that changes its answer cannot slip a private one in).
 */
@ApplicationScoped
public class JwksUrlGuard {

    /** A URL that passed, with the address to connect to. */
    public record Target(WebhookUrl url, InetAddress address) {
    }

    private final Vertx vertx;
    private final AdapterConfig config;

    public JwksUrlGuard(Vertx vertx, AdapterConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    /** Before a fetch: the target to connect to; fails with 422 {@code unsafe-jwks-url} (or 400 when malformed). */
    public Uni<Target> check(String url) {
        WebhookUrl parsed;
        try {
            parsed = parse(url);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        return resolve(parsed.host()).map(addresses -> {
            if (addresses.isEmpty()) {
                throw unsafe("The JWKS URL's host " + parsed.host() + " does not resolve");
            }
            return new Target(parsed, pick(parsed.host(), addresses));
        });
    }

    /**
     * At configuration: the same rules, except that a host which does not resolve (yet) is accepted; it is refused
     * at each fetch until it resolves to public addresses.
     */
    public Uni<Void> checkConfigured(String url) {
        WebhookUrl parsed;
        try {
            parsed = parse(url);
        } catch (ProblemException e) {
            return Uni.createFrom().failure(e);
        }
        return resolve(parsed.host()).invoke(addresses -> {
            if (!addresses.isEmpty()) {
                pick(parsed.host(), addresses);
            }
        }).replaceWithVoid();
    }

    private WebhookUrl parse(String url) {
        try {
            return WebhookUrl.parse(url, config.allowHttpJwks());
        } catch (ProblemException e) {
            // WebhookUrl names its field "url"; here it is the integration's jwksUrl.
            throw e.status() == 422 ? unsafe(e.getMessage()
                    .replace("The URL", "The JWKS URL")) : ProblemException.invalid("jwksUrl", "an https URL with a"
                            + " host, no user info or fragment, at most " + WebhookUrl.MAX_LENGTH + " characters");
        }
    }

    /** The host's addresses (none: it does not resolve); the resolver blocks, so on a worker. */
    private Uni<List<InetAddress>> resolve(String host) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                return List.of(InetAddress.getAllByName(host));
            } catch (UnknownHostException e) {
                return List.<InetAddress>of();
            }
        }));
    }

    private InetAddress pick(String host, List<InetAddress> addresses) {
        for (InetAddress address : addresses) {
            if (config.allowLoopbackJwks() && address.isLoopbackAddress()) {
                continue;
            }
            Optional<String> refusal = AddressRules.refusal(address);
            if (refusal.isPresent()) {
                throw unsafe("The JWKS URL's host " + host + " resolves to a " + refusal.get() + " address ("
                        + address.getHostAddress() + "): only public addresses are fetched");
            }
        }
        return addresses.get(0);
    }

    static ProblemException unsafe(String detail) {
        return new ProblemException(422, "unsafe-jwks-url", "Unsafe JWKS URL", detail,
                List.of(new FieldError("jwksUrl", detail)));
    }
}
