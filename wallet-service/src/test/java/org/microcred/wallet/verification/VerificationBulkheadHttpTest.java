package org.microcred.wallet.verification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.status.StatusPurpose;

/**
 * With every verification place taken (tests have two: {@code %test.microcred.verify.limits.max-concurrent}), the
 * next verification waits 200 ms, then is answered 503 {@code verification-busy} with {@code Retry-After}.
 */
@Tag("servers")
@QuarkusTest
@QuarkusTestResource(IssuerServer.class)
class VerificationBulkheadHttpTest {

    @Test
    void aVerificationWithEveryPlaceTakenIsAnswered503WithRetryAfter() throws Exception {
        TestIssuer slow = TestIssuer.https(true);
        slow.publishProfile(null);
        // Each of these holds a place for 1.5 s, waiting for a status list the issuer is slow to send.
        List<CompletableFuture<ValidatableResponse>> holding = IntStream.range(0, 2).mapToObj(i -> {
            slow.publishSlowStatusList("slow-" + i, 1_500);
            String signed = slow.sign(slow.withStatus(slow.credential("Holds a place " + i), "slow-" + i, 1,
                    StatusPurpose.REVOCATION));
            return CompletableFuture.supplyAsync(() -> Reports.verify(signed));
        }).toList();
        awaitHits(slow, 2);

        TestIssuer other = TestIssuer.didKey();
        Reports.verify(other.sign(other.credential("Finds no place"))).statusCode(503)
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo("https://microcred.org/problems/verification-busy"));

        for (CompletableFuture<ValidatableResponse> held : holding) {
            held.get(10, TimeUnit.SECONDS).statusCode(200).body("verified", equalTo(true));
        }
        Reports.verify(other.sign(other.credential("Finds a place again"))).statusCode(200);
    }

    /** Until both held verifications have asked for their lists (each is then in its place). */
    private static void awaitHits(TestIssuer issuer, int lists) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (TestIssuer.hitsUnder(issuer.url("/status/")) < lists && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(lists, TestIssuer.hitsUnder(issuer.url("/status/")), "each verification asked for its list");
    }
}
