package org.microcred.wallet.verification;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.microcred.wallet.config.PublicWebConfig;
import org.microcred.wallet.config.VerifyConfig;

/**
 * Issuer profiles, DID documents and status lists over HTTP: this deployment's own from the allow-list of trusted
 * prefixes (they may sit on internal hosts), other institutions' only from public https hosts ({@link PublicWebFetch});
 * both with a connect and whole-answer time limit, a size cap, no redirects (one could lead off the list), and
 * a small cache that honours {@code max-age} up to a cap; concurrent fetches of one URL are one fetch
 * ({@link SingleFlight}). Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class RemoteDocuments {

    /** What came back: the status, the body (whole, within the size limit) and its {@code Cache-Control}. */
    record Fetched(int status, byte[] body, String cacheControl) {
    }

    static final String ACCEPT = "application/ld+json, application/did+json, application/json;q=0.9,"
            + " application/vc+ld+json;q=0.9";

    private final TrustedIssuers trusted;
    private final PublicWebFetch publicWeb;
    private final HttpClient http;
    private final Duration timeout;
    private final int maxBytes;
    private final Duration maxTtl;
    private final DocumentCache cache;
    private final SingleFlight<String> inFlight = new SingleFlight<>();

    public RemoteDocuments(VerifyConfig config, PublicWebConfig rules, Vertx vertx) {
        this.trusted = new TrustedIssuers(config.trustedIssuers());
        this.publicWeb = new PublicWebFetch(config, rules, vertx);
        this.timeout = config.fetchTimeout();
        this.maxBytes = config.maxDocumentBytes();
        this.maxTtl = config.maxCacheTtl();
        this.cache = new DocumentCache(config.cacheEntries(), System::nanoTime);
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    void stop(@Observes ShutdownEvent stopping) {
        publicWeb.close();
    }

    /** Whether the URL is on the allow-list of this deployment's issuers (nothing is fetched). */
    public boolean isTrusted(String url) {
        return trusted.admit(url) != null;
    }

    /** Whether the URL may be fetched at all: trusted, or a public https URL (its host is checked on fetch). */
    public boolean mayFetch(String url) {
        return isTrusted(url) || publicWeb.admits(url);
    }

    /**
     * The document at the URL, as UTF-8 text.
     *
     * @throws FetchFailure when it may not be fetched or cannot be had
     */
    public String fetch(String url) {
        URI trustedUri = trusted.admit(url);
        URI uri = trustedUri != null ? trustedUri : plain(url);
        if (uri.getRawQuery() != null) {
            // Profiles, DID documents and status lists need none, and each query would be a fetch of its own.
            throw new FetchFailure(url + " has a query string: documents are fetched only at plain URLs");
        }
        String key = uri.toString();
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        return inFlight.load(key, () -> {
            String loaded = cache.get(key); // a load that ended just before this one began may have kept it
            return loaded != null ? loaded : load(uri, trustedUri != null, url);
        });
    }

    private static URI plain(String url) {
        try {
            return new URI(url).normalize();
        } catch (URISyntaxException e) {
            throw new FetchFailure(url + " is not a URL");
        }
    }

    private String load(URI uri, boolean isTrusted, String url) {
        Fetched response = isTrusted ? get(uri) : publicWeb.get(uri.toString());
        if (response.status() != 200) {
            throw new FetchFailure(url + " answered HTTP " + response.status());
        }
        String text = utf8(response.body(), url);
        cache.put(uri.toString(), text, CachePolicy.ttl(response.cacheControl(), maxTtl));
        return text;
    }

    /** A trusted document, with the JDK's client: it may be on an internal host, which is why it is trusted. */
    private Fetched get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", ACCEPT).GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer =
                http.sendAsync(request, info -> new LimitedBody(maxBytes, info));
        try {
            // The request timeout ends at the headers; this bounds the body too.
            HttpResponse<byte[]> response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Fetched(response.statusCode(), response.body(),
                    response.headers().firstValue("Cache-Control").orElse(null));
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new FetchFailure(uri + " did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailure(uri + " could not be fetched: interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LimitedBody.TooLarge) {
                throw new FetchFailure(uri + " is larger than " + maxBytes + " bytes");
            }
            String why = cause instanceof IOException && cause.getMessage() != null ? cause.getMessage()
                    : cause.getClass().getSimpleName();
            throw new FetchFailure(uri + " could not be fetched: " + why);
        }
    }

    private static String utf8(byte[] body, String url) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new FetchFailure(url + " is not UTF-8 text");
        }
    }
}
