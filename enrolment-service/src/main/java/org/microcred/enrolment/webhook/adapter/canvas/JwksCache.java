package org.microcred.enrolment.webhook.adapter.canvas;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * The JWKS each Canvas integration names, fetched and kept for {@link AdapterConfig#jwksTtl()}. A key id the cached
 * set lacks (Canvas rotated its keys) makes one refetch, at most once per {@link AdapterConfig#jwksRefetchInterval()}
 * per URL: a flood of tokens with made-up key ids costs one fetch per interval. A failed fetch keeps the last set.
 */
@ApplicationScoped
public class JwksCache {

    private static final Logger LOG = Logger.getLogger(JwksCache.class);
    /** A JWKS is a few keys; anything much larger is not one. */
    private static final int MAX_JWKS_BYTES = 65536;

    private record Entry(JsonWebKeySet keys, Instant fetchedAt, Instant lastAttempt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final WebClient client;
    private final AdapterConfig config;
    private final Clock clock = Clock.systemUTC();

    public JwksCache(Vertx vertx, AdapterConfig config) {
        this.client = WebClient.create(vertx);
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
        return client.getAbs(url).timeout(config.jwksTimeout().toMillis()).putHeader("Accept", "application/json")
                .send()
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    String body = response.bodyAsString();
                    if (body == null || body.length() > MAX_JWKS_BYTES) {
                        throw new IllegalStateException("no JWKS, or one over " + MAX_JWKS_BYTES + " bytes");
                    }
                    try {
                        return new JsonWebKeySet(body);
                    } catch (JoseException e) {
                        throw new IllegalStateException("not a JWKS: " + e.getMessage());
                    }
                });
    }

    private static Optional<JsonWebKey> find(Entry entry, String kid) {
        if (entry == null || entry.keys() == null || kid == null) {
            return Optional.empty();
        }
        return entry.keys().getJsonWebKeys().stream().filter(k -> kid.equals(k.getKeyId())).findFirst();
    }
}
