package org.microcred.enrolment.webhook.adapter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

/** The HMAC a Moodle plugin or an Open edX webhook sends, checked as documented in docs/lms-integrations.md. */
class SharedSecretSignatureTest {

    private static final String SECRET = "test-only-shared-secret-0123456789abcdef";
    private static final byte[] BODY = "{\"eventname\":\"x\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.ofEpochSecond(1_780_000_000L);
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void theDocumentedHeaderIsTheHexHmacOfTimestampDotBody() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(
                mac.doFinal(("1780000000." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, SharedSecretSignature.header(SECRET, "1780000000", BODY));
        assertDoesNotThrow(() -> SharedSecretSignature.verify(SECRET, "1780000000", expected, BODY, NOW, TOLERANCE));
        assertDoesNotThrow(() -> SharedSecretSignature.verify(SECRET, "1780000000", expected.toUpperCase()
                .replace("SHA256=", "sha256="), BODY, NOW, TOLERANCE));
    }

    @Test
    void anotherSecretBodyOrTimestampAStaleOneAndMissingHeadersAre401() {
        String ts = "1780000000";
        String good = SharedSecretSignature.header(SECRET, ts, BODY);
        assertUnauthenticated(() -> SharedSecretSignature.verify("another-secret-of-enough-length-000000", ts, good,
                BODY, NOW, TOLERANCE));
        assertUnauthenticated(() -> SharedSecretSignature.verify(SECRET, ts, good, "{}".getBytes(), NOW, TOLERANCE));
        assertUnauthenticated(() -> SharedSecretSignature.verify(SECRET, "1780000001", good, BODY, NOW, TOLERANCE));
        String stale = Long.toString(NOW.getEpochSecond() - 301);
        assertUnauthenticated(() -> SharedSecretSignature.verify(SECRET, stale,
                SharedSecretSignature.header(SECRET, stale, BODY), BODY, NOW, TOLERANCE));
        assertUnauthenticated(() -> SharedSecretSignature.verify(SECRET, Long.toString(Long.MIN_VALUE), good, BODY,
                NOW, TOLERANCE));
        assertUnauthenticated(() -> SharedSecretSignature.verify(SECRET, null, good, BODY, NOW, TOLERANCE));
        assertUnauthenticated(() -> SharedSecretSignature.verify(SECRET, ts, "v1,abc", BODY, NOW, TOLERANCE));
        assertUnauthenticated(() -> SharedSecretSignature.verify(null, ts, good, BODY, NOW, TOLERANCE));
    }

    private static void assertUnauthenticated(Runnable check) {
        ProblemException e = assertThrows(ProblemException.class, check::run);
        assertEquals(401, e.status());
        assertEquals("https://microcred.org/problems/invalid-webhook-signature", e.toProblem(null).type());
    }
}
