package org.microcred.wallet.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.wallet.config.PublicWebConfig;
import org.microcred.wallet.config.VerifyConfig;

/**
 * Fetching from issuers: allow-list, cache, size cap, time limit, no redirects; outside the allow-list, public hosts
 * only. Against a real local server.
 */
class RemoteDocumentsTest {

    private static final Vertx VERTX = Vertx.vertx();
    /** The production rules. */
    private static final Rules HTTPS_PUBLIC_ONLY = new Rules(true, false, false);

    private HttpServer server;
    private String base;
    private final AtomicInteger hits = new AtomicInteger();
    private RemoteDocuments documents;
    private final CountDownLatch slowCalled = new CountDownLatch(1);
    private final CountDownLatch releaseSlow = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/ok/cached", e -> answer(e, 200, "{\"a\":1}", "max-age=60"));
        server.createContext("/ok/uncached", e -> answer(e, 200, "{\"a\":1}", "no-store"));
        server.createContext("/ok/large", e -> answer(e, 200, "{\"a\":\"" + "x".repeat(2000) + "\"}", null));
        // Never answers while the test runs: only the client's time limit can end the fetch.
        server.createContext("/ok/slow", e -> {
            slowCalled.countDown();
            awaitQuietly(releaseSlow);
            answer(e, 200, "{}", null);
        });
        server.createContext("/ok/redirect", e -> {
            e.getResponseHeaders().set("Location", base + "/ok/cached");
            answer(e, 302, "", null);
        });
        server.createContext("/ok/missing", e -> answer(e, 404, "", null));
        // Slow enough that concurrent fetches overlap; not cacheable, so only collapsing them saves requests.
        server.createContext("/ok/list", e -> {
            sleepQuietly(500);
            answer(e, 200, "{\"list\":1}", "no-store");
        });
        server.createContext("/other", e -> answer(e, 200, "{}", null));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        documents = new RemoteDocuments(config(List.of(base + "/ok/")), HTTPS_PUBLIC_ONLY, VERTX);
    }

    @AfterEach
    void stop() {
        releaseSlow.countDown();
        server.stop(0);
    }

    @AfterAll
    static void closeVertx() {
        VERTX.close();
    }

    @Test
    void aDocumentWithMaxAgeIsFetchedOnceAndOneWithoutEveryTime() {
        assertEquals("{\"a\":1}", documents.fetch(base + "/ok/cached"));
        assertEquals("{\"a\":1}", documents.fetch(base + "/ok/cached"));
        assertEquals(1, hits.get());
        documents.fetch(base + "/ok/uncached");
        documents.fetch(base + "/ok/uncached");
        assertEquals(3, hits.get());
    }

    @Test
    void aUrlWithAQueryIsNeverContacted() {
        FetchFailure failure = assertThrows(FetchFailure.class, () -> documents.fetch(base + "/ok/cached?n=1"));
        assertTrue(failure.getMessage().contains("query string"), failure.getMessage());
        assertEquals(0, hits.get());
    }

    @Test
    void aUrlOffTheAllowListIsNeverContacted() {
        FetchFailure failure = assertThrows(FetchFailure.class, () -> documents.fetch(base + "/other"));
        assertTrue(failure.getMessage().startsWith("issuer not on the allow-list"), failure.getMessage());
        assertEquals(0, hits.get());
    }

    @Test
    void outsideTheAllowListAnHttpsUrlIsAdmittedAndAnHttpOneIsNot() {
        RemoteDocuments outside = outside(new Rules(true, false, false));
        assertTrue(outside.mayFetch("https://issuer.example/status/1"));
        assertFalse(outside.mayFetch(base + "/ok/cached"), "http, off the allow-list");
        assertTrue(outside.mayFetch(base.replace("http:", "https:") + "/x"), "the host is checked on fetch");
        assertFalse(outside(new Rules(false, true, true)).mayFetch("https://issuer.example/status/1"));
    }

    @Test
    void outsideTheAllowListALoopbackHostIsNeverContacted() {
        FetchFailure failure = assertThrows(FetchFailure.class,
                () -> outside(new Rules(true, true, false)).fetch(base + "/ok/cached"));
        assertTrue(failure.getMessage().contains("resolves to a loopback address"), failure.getMessage());
        assertEquals(0, hits.get());
    }

    @Test
    void withThePublicWebOffNothingOutsideTheAllowListIsContacted() {
        FetchFailure failure = assertThrows(FetchFailure.class,
                () -> outside(new Rules(false, true, true)).fetch(base + "/ok/cached"));
        assertTrue(failure.getMessage().startsWith("issuer not on the allow-list"), failure.getMessage());
        assertEquals(0, hits.get());
    }

    @Test
    void anOutsideDocumentIsFetchedCachedAndBoundedLikeATrustedOne() {
        // This test's server is on loopback: the rules let it through as a public host would be.
        RemoteDocuments outside = outside(new Rules(true, true, true));
        assertEquals("{\"a\":1}", outside.fetch(base + "/ok/cached"));
        assertEquals("{\"a\":1}", outside.fetch(base + "/ok/cached"));
        assertEquals(1, hits.get(), "max-age honoured");
        assertTrue(assertThrows(FetchFailure.class, () -> outside.fetch(base + "/ok/large"))
                .getMessage().contains("larger than 1024 bytes"));
        assertTrue(assertThrows(FetchFailure.class, () -> outside.fetch(base + "/ok/redirect"))
                .getMessage().contains("HTTP 302"));
        assertEquals(3, hits.get(), "the redirect's target was not fetched");
        FetchFailure slow = assertThrows(FetchFailure.class, () -> outside.fetch(base + "/ok/slow"));
        assertTrue(slow.getMessage().contains("no answer within 2000 ms"), slow.getMessage());
    }

    @Test
    void aDocumentOverTheSizeCapIsRefused() {
        FetchFailure failure = assertThrows(FetchFailure.class, () -> documents.fetch(base + "/ok/large"));
        assertTrue(failure.getMessage().contains("larger than 1024 bytes"), failure.getMessage());
    }

    @Test
    void aSlowIssuerTimesOut() {
        FetchFailure failure = assertThrows(FetchFailure.class, () -> documents.fetch(base + "/ok/slow"));
        assertTrue(failure.getMessage().contains("did not answer within 500 ms"), failure.getMessage());
        assertEquals(0, slowCalled.getCount(), "the issuer was asked, and the fetch gave up before it answered");
        assertEquals(0, hits.get(), "no answer was read");
    }

    @Test
    void redirectsAndErrorsAreFailuresNotFollowed() {
        assertTrue(assertThrows(FetchFailure.class, () -> documents.fetch(base + "/ok/redirect"))
                .getMessage().contains("HTTP 302"));
        assertTrue(assertThrows(FetchFailure.class, () -> documents.fetch(base + "/ok/missing"))
                .getMessage().contains("HTTP 404"));
        assertEquals(2, hits.get(), "the redirect's target was not fetched");
    }

    @Test
    void concurrentFetchesOfOneUrlAreOneRequest() throws Exception {
        RemoteDocuments documents = new RemoteDocuments(config(List.of(base + "/ok/"), Duration.ofSeconds(10)),
                HTTPS_PUBLIC_ONLY, VERTX);
        var pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> fetches = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fetches.add(pool.submit(() -> documents.fetch(base + "/ok/list")));
            }
            for (Future<String> fetch : fetches) {
                assertEquals("{\"list\":1}", fetch.get(5, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, hits.get(), "eight verifications at once, one request to the issuer");
        documents.fetch(base + "/ok/list");
        assertEquals(2, hits.get(), "not cached: the next fetch after them asks again");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(HttpExchange exchange, int status, String body, String cacheControl) throws IOException {
        hits.incrementAndGet();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (cacheControl != null) {
            exchange.getResponseHeaders().set("Cache-Control", cacheControl);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Rules(boolean enabled, boolean allowHttp, boolean allowPrivateAddresses)
            implements PublicWebConfig {
    }

    /**
     * Documents with no trusted prefix: everything goes by the public web's rules. A longer time limit than the
     * trusted tests': the first fetch also starts the Vert.x client, which on a busy machine can take 500 ms.
     */
    private static RemoteDocuments outside(Rules rules) {
        return new RemoteDocuments(config(List.of(), Duration.ofSeconds(2)), rules, VERTX);
    }

    private static VerifyConfig config(List<String> trusted) {
        return config(trusted, Duration.ofMillis(500));
    }

    private static VerifyConfig config(List<String> trusted, Duration timeout) {
        return new VerifyConfig() {
            public List<String> trustedIssuers() {
                return trusted;
            }

            public Duration fetchTimeout() {
                return timeout;
            }

            public int maxDocumentBytes() {
                return 1024;
            }

            public Duration maxCacheTtl() {
                return Duration.ofMinutes(5);
            }

            public int cacheEntries() {
                return 16;
            }

            public Optional<List<String>> knownIssuers() {
                return Optional.empty();
            }
        };
    }
}
