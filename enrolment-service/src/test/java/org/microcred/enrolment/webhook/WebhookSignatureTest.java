package org.microcred.enrolment.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microcred.support.problem.ProblemException;

/** The Standard Webhooks check, against the specification's published example. */
class WebhookSignatureTest {

    // From the Standard Webhooks specification (webhooks.md, "Signature scheme").
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(1614265330);
    /** The tolerance the specification suggests, and the default of microcred.lms.webhook-tolerance. */
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void theSpecificationsExampleVerifies() {
        assertEquals(SIGNATURE, WebhookSignature.header(SECRET, ID, TIMESTAMP, BODY));
        assertDoesNotThrow(() -> WebhookSignature.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN, FIVE_MINUTES));
        assertDoesNotThrow(() -> WebhookSignature.verify(SECRET, ID, TIMESTAMP, "v1,bm9wZQ== " + SIGNATURE, BODY, THEN, FIVE_MINUTES));
    }

    @Test
    void anythingChangedFailsWith401() {
        assertUnauthenticated(SECRET, "msg_other", TIMESTAMP, SIGNATURE, BODY, THEN);
        assertUnauthenticated(SECRET, ID, TIMESTAMP, SIGNATURE, "{\"test\": 1}".getBytes(StandardCharsets.UTF_8), THEN);
        assertUnauthenticated(SECRET, ID, TIMESTAMP, SIGNATURE.replace("v1,", "v2,"), BODY, THEN);
        assertUnauthenticated(SECRET, ID, TIMESTAMP, "v1,not base64!", BODY, THEN);
        assertUnauthenticated(null, ID, TIMESTAMP, SIGNATURE, BODY, THEN);
        assertUnauthenticated(SECRET, null, TIMESTAMP, SIGNATURE, BODY, THEN);
        assertUnauthenticated(SECRET, ID, "yesterday", SIGNATURE, BODY, THEN);
    }

    @Test
    void timestampsFurtherThanFiveMinutesAreRefused() {
        assertDoesNotThrow(() -> WebhookSignature.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN.plusSeconds(300), FIVE_MINUTES));
        assertUnauthenticated(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN.plusSeconds(301));
        assertUnauthenticated(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN.minusSeconds(301));
    }

    @Test
    void aTimestampWhoseDistanceOverflowsIsRefused() {
        // now + Long.MIN_VALUE: now - timestamp overflows to Long.MIN_VALUE, whose Math.abs is negative.
        long now = THEN.getEpochSecond();
        String overflowing = Long.toString(now + Long.MIN_VALUE);
        String signature = WebhookSignature.header(SECRET, ID, overflowing, BODY);
        assertUnauthenticated(SECRET, ID, overflowing, signature, BODY, THEN);
        assertUnauthenticated(SECRET, ID, Long.toString(Long.MAX_VALUE),
                WebhookSignature.header(SECRET, ID, Long.toString(Long.MAX_VALUE), BODY), BODY, THEN);
    }

    private static void assertUnauthenticated(String secret, String id, String timestamp, String signature, byte[] body,
            Instant now) {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> WebhookSignature.verify(secret, id, timestamp, signature, body, now, FIVE_MINUTES));
        assertEquals(401, problem.status());
    }
}
