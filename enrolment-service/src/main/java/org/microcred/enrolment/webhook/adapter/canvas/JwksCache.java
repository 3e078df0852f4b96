package org.microcred.enrolment.webhook.adapter.canvas;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;
import org.microcred.enrolment.webhook.adapter.AdapterConfig;
import org.microcred.support.outbound.CheckedTarget;
import org.microcred.support.outbound.PinnedExchange;

/**
 * The JWKS each Canvas integration names, fetched and kept for {@link AdapterConfig#jwksTtl()}. A key id the cached
 * set lacks (Canvas rotated its keys) makes one refetch, at most once per {@link AdapterConfig#jwksRefetchInterval()}
 * per URL: a flood of tokens with made-up key ids costs one fetch per interval. A failed fetch keeps the last set.
 * Each fetch first passes {@link JwksUrlGuard} (https, public addresses) and connects to the address it checked; no
 * redirect is followed, {@link AdapterConfig#jwksTimeout()} bounds the whole fetch, and an answer over
 * {@value #MAX_JWKS_BYTES} bytes is cut off and refused.
 */
@ApplicationScoped
public class JwksCache {

    private static final Logger LOG = Logger.getLogger(JwksCache.class);
    /** A JWKS is a few keys; anything much larger is not one. */
    private static final int MAX_JWKS_BYTES = 65536;

    private record Entry(JsonWebKeySet keys, Instant fetchedAt, Instant lastAttempt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final io.vertx.core.Vertx vertx;
    private final HttpClient client;
    private final JwksUrlGuard guard;
    private final AdapterConfig config;
    private final Clock clock = Clock.systemUTC();

    public JwksCache(Vertx vertx, JwksUrlGuard guard, AdapterConfig config) {
        this.vertx = vertx.getDelegate();
        this.client = this.vertx.createHttpClient(PinnedExchange.clientOptions(config.jwksTimeout()));
        this.guard = guard;
        this.config = config;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The key of that id in the JWKS at {@code url}, fetching (again) as the rules above allow; empty if none. */
    public Uni<Optional<JsonWebKey>> key(String url, String kid) {
        Instant now = clock.instant();
        Entry entry = entries.get(url);
        Optional<JsonWebKey> cached = find(entry, kid);
        boolean fresh = entry != null && entry.fetchedAt() != null
                && entry.fetchedAt().plus(config.jwksTtl()).isAfter(now);
        if (cached.isPresent() && fresh) {
            return Uni.createFrom().item(cached);
        }
        boolean mayFetch = entry == null || !entry.lastAttempt().plus(config.jwksRefetchInterval()).isAfter(now);
        if (!mayFetch) {
            return Uni.createFrom().item(cached);
        }
        entries.put(url, new Entry(entry == null ? null : entry.keys(), entry == null ? null : entry.fetchedAt(), now));
        return fetch(url)
                .map(keys -> {
                    entries.put(url, new Entry(keys, clock.instant(), now));
                    return find(entries.get(url), kid);
                })
                .onFailure().recoverWithItem(e -> {
                    LOG.warnf("Fetching the JWKS %s failed: %s", url, e.getMessage());
                    return cached;
                });
    }

    private Uni<JsonWebKeySet> fetch(String url) {
        return guard.check(url).chain(this::get).map(body -> {
            try {
                return new JsonWebKeySet(body);
            } catch (JoseException e) {
                throw new IllegalStateException("not a JWKS: " + e.getMessage());
            }
        });
    }

    /** GET of the checked target: 200 and at most {@value #MAX_JWKS_BYTES} bytes, within the fetch's time. */
    private Uni<String> get(CheckedTarget target) {
        RequestOptions options = PinnedExchange.request(target, HttpMethod.GET).putHeader("Accept", "application/json");
        return PinnedExchange.exchange(vertx, client, options, null, MAX_JWKS_BYTES, config.jwksTimeout().toMillis())
                .map(answer -> {
                    if (answer.status() != 200) {
                        throw new IllegalStateException("HTTP " + answer.status());
                    }
                    if (!answer.whole()) {
                        throw new IllegalStateException("a JWKS over " + MAX_JWKS_BYTES + " bytes, or cut short");
                    }
                    return answer.body().toString(StandardCharsets.UTF_8);
                });
    }

    private static Optional<JsonWebKey> find(Entry entry, String kid) {
        if (entry == null || entry.keys() == null || kid == null) {
            return Optional.empty();
        }
        return entry.keys().getJsonWebKeys().stream().filter(k -> kid.equals(k.getKeyId())).findFirst();
    }
}
