package org.microcred.support.outbound;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.microcred.support.problem.ProblemException;

/**
 * The addresses a host resolves to, and the rule every URL this service fetches or posts to shares: each of them must
 * be public ({@link AddressRules}), or the URL is refused; the caller then connects to the first, never resolving
 * the name again (a name that changes its answer in between cannot slip a private address in).
 */
@ApplicationScoped
public class HostAddresses {

    private final Vertx vertx;

    public HostAddresses(Vertx vertx) {
        this.vertx = vertx;
    }

    /** The host's addresses, none when it does not resolve; the resolver blocks, so on a worker. */
    public Uni<List<InetAddress>> resolve(String host) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> addressesOf(host)));
    }

    /** The host's addresses, none when it does not resolve; blocks (for a caller already on a worker thread). */
    public static List<InetAddress> addressesOf(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    /**
     * The address to connect to: the first, once every one that is not {@code exempt} is public; else the problem
     * {@code refuse} makes of the reason ({@code what} names the URL in it, e.g. "The JWKS URL's host").
     */
    public static InetAddress firstIfAllPublic(String what, String host, List<InetAddress> addresses,
            Predicate<InetAddress> exempt, Function<String, ProblemException> refuse) {
        for (InetAddress address : addresses) {
            if (exempt.test(address)) {
                continue;
            }
            Optional<String> refusal = AddressRules.refusal(address);
            if (refusal.isPresent()) {
                throw refuse.apply(what + " " + host + " resolves to a " + refusal.get() + " address ("
                        + address.getHostAddress() + "): only public addresses are reached");
            }
        }
        return addresses.get(0);
    }
}
