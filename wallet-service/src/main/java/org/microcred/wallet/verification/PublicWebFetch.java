package org.microcred.wallet.verification;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.microcred.support.outbound.CheckedTarget;
import org.microcred.support.outbound.HostAddresses;
import org.microcred.support.outbound.OutboundUrl;
import org.microcred.support.outbound.PinnedExchange;
import org.microcred.support.problem.Problem;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.config.PublicWebConfig;
import org.microcred.wallet.config.VerifyConfig;

/**
 * A document of an issuer outside this deployment (a did:web document, a controller document, a status list of
 * another institution): fetched only over https from a host whose every address is public, connected to the address
 * checked (a name that changes its answer in between cannot slip an internal address in), no redirect, the same
 * size and time limits as the deployment's own documents. Anyone may ask this service to verify a credential, so
 * without these rules verification would let anyone make it call hosts inside the network. Blocking: from a worker.
 */
final class PublicWebFetch {

    private final PublicWebConfig rules;
    private final Vertx vertx;
    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;

    PublicWebFetch(VerifyConfig config, PublicWebConfig rules, Vertx vertx) {
        this.rules = rules;
        this.vertx = vertx;
        this.timeout = config.fetchTimeout();
        this.maxBytes = config.maxDocumentBytes();
        this.client = vertx.createHttpClient(PinnedExchange.clientOptions(timeout));
    }

    /** Whether such URLs are fetched at all, and this one has the scheme they need (its host is checked on fetch). */
    boolean admits(String url) {
        if (!rules.enabled()) {
            return false;
        }
        try {
            OutboundUrl.parse(url, rules.allowHttp(), PublicWebFetch::refused);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    RemoteDocuments.Fetched get(String url) {
        CheckedTarget target = check(url);
        RequestOptions request = PinnedExchange.request(target, HttpMethod.GET)
                .putHeader("Accept", RemoteDocuments.ACCEPT);
        PinnedExchange.Answer answer;
        try {
            answer = PinnedExchange.exchange(vertx, client, request, null, maxBytes, timeout.toMillis())
                    .await().atMost(timeout.plusSeconds(1));
        } catch (RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new FetchFailure(url + " could not be fetched: " + why);
        }
        if (!answer.whole()) {
            throw new FetchFailure(answer.body().length() > maxBytes ? url + " is larger than " + maxBytes + " bytes"
                    : url + " could not be fetched: the answer broke off");
        }
        return new RemoteDocuments.Fetched(answer.status(), answer.body().getBytes(),
                answer.headers().get("Cache-Control"));
    }

    private CheckedTarget check(String url) {
        if (!rules.enabled()) {
            throw new FetchFailure("issuer not on the allow-list: " + url + " is under no trusted prefix");
        }
        try {
            OutboundUrl parsed = OutboundUrl.parse(url, rules.allowHttp(), PublicWebFetch::refused);
            List<InetAddress> addresses = HostAddresses.addressesOf(parsed.host());
            if (addresses.isEmpty()) {
                throw new FetchFailure(url + " could not be fetched: its host " + parsed.host() + " does not resolve");
            }
            return new CheckedTarget(parsed, HostAddresses.firstIfAllPublic("The URL's host", parsed.host(),
                    addresses, address -> rules.allowPrivateAddresses(), PublicWebFetch::refused));
        } catch (ProblemException e) {
            throw new FetchFailure("issuer not on the allow-list: " + url + " is under no trusted prefix, and outside"
                    + " them only public https hosts are reached (" + reason(e) + ")");
        }
    }

    void close() {
        client.close();
    }

    /** A URL this fetch does not reach (caught in {@link #check}, and turned into a {@link FetchFailure}). */
    private static ProblemException refused(String detail) {
        return new ProblemException(422, "unsafe-url", "Unsafe URL", detail);
    }

    private static String reason(ProblemException refusal) {
        Problem problem = refusal.toProblem(null);
        return problem.errors().isEmpty() ? problem.detail() : "url: " + problem.errors().get(0).message();
    }
}
