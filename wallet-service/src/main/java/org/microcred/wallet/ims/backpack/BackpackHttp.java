package org.microcred.wallet.ims.backpack;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.microcred.support.outbound.CheckedTarget;
import org.microcred.support.outbound.HostAddresses;
import org.microcred.support.outbound.OutboundUrl;
import org.microcred.support.outbound.PinnedExchange;
import org.microcred.support.problem.ProblemException;

/**
 * The calls "send to my backpack" makes to another host: its discovery document, its registration endpoint, its token
 * endpoint and its credentials endpoint. An earner names the host, so each call is held to the rules of every call
 * out of this deployment: https (http only where a test allows it), a host whose every address is public (unless a
 * test allows private ones), connected to the address checked, no redirect followed, at most {@code
 * max-response-bytes} read and {@code timeout} for the whole exchange. A call that breaks these rules, or gets no
 * answer, fails with a 502 problem naming the host and why: the earner's request was fine, the other host was not.
 */
@ApplicationScoped
public class BackpackHttp {

    /** An answer: its status and its body as text. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final BackpackConfig config;
    private final HostAddresses addresses;
    private final HttpClient client;
    private final Vertx vertx;

    public BackpackHttp(BackpackConfig config, HostAddresses addresses, Vertx vertx) {
        this.config = config;
        this.addresses = addresses;
        this.vertx = vertx;
        this.client = vertx.createHttpClient(PinnedExchange.clientOptions(config.timeout()));
    }

    void stop(@Observes ShutdownEvent stopping) {
        client.close();
    }

    public Uni<Answer> get(String url) {
        return call(HttpMethod.GET, url, Map.of("Accept", "application/json"), null);
    }

    public Uni<Answer> post(String url, Map<String, String> headers, String body) {
        return call(HttpMethod.POST, url, headers, body);
    }

    private Uni<Answer> call(HttpMethod method, String url, Map<String, String> headers, String body) {
        OutboundUrl parsed = OutboundUrl.parse(url, config.allowHttp(), BackpackHttp::unsafe);
        return addresses.resolve(parsed.host()).chain(found -> {
            if (found.isEmpty()) {
                throw failed(parsed.host(), "its name does not resolve");
            }
            CheckedTarget target = new CheckedTarget(parsed, HostAddresses.firstIfAllPublic("The host", parsed.host(),
                    found, address -> config.allowPrivateAddresses(), BackpackHttp::unsafe));
            RequestOptions options = PinnedExchange.request(target, method);
            headers.forEach(options::putHeader);
            return PinnedExchange.exchange(vertx, client, options, body == null ? null : Buffer.buffer(body),
                            config.maxResponseBytes(), config.timeout().toMillis())
                    .onFailure().transform(e -> failed(parsed.host(), "no answer (" + e.getMessage() + ")"))
                    .map(answer -> {
                        if (!answer.whole()) {
                            throw failed(parsed.host(), "its answer was over " + config.maxResponseBytes()
                                    + " bytes or broke off");
                        }
                        return new Answer(answer.status(), answer.body().toString(StandardCharsets.UTF_8));
                    });
        });
    }

    /** A URL the rules refuse: the earner's input (or what the other host sent) names a place we do not call. */
    static ProblemException unsafe(String detail) {
        return new ProblemException(400, "unsafe-url", "Unsafe URL", detail);
    }

    static ProblemException failed(String host, String why) {
        return new ProblemException(502, "host-failed", "The other host failed", host + ": " + why);
    }
}
