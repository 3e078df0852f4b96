package org.microcred.enrolment.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.fuzz.support.Corpus;
import org.microcred.credentials.fuzz.support.FuzzRun;
import org.microcred.credentials.fuzz.support.Mutator;
import org.microcred.enrolment.webhook.WebhookSignature;
import org.microcred.support.problem.ProblemException;

/**
 * Standard Webhooks verification ({@link WebhookSignature}) with the headers and body an anonymous caller controls.
 * An input is four lines: webhook-id, webhook-timestamp, webhook-signature and the body; {@code {signature}} in it
 * becomes the right signature of the (mutated) delivery, so that mutations also reach the paths after the HMAC.
 * Every delivery is accepted or refused with a 401 problem, within {@link Bounded#LIMIT}; an accepted one carries
 * the right signature and a timestamp within the tolerance.
 */
class WebhookSignatureFuzzTest {

    static final String TARGET = "webhook-signature";
    private static final Corpus CORPUS = Corpus.of("/org/microcred/enrolment/fuzz/" + TARGET);
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Instant NOW = Instant.ofEpochSecond(1767268800L);
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final List<String> HEADERS = List.of("\n", " ", "  ", ",", "v1,", "v1a,", "v2,", "=", "==",
            "{signature}", "{signature} {signature}", "-", "+", "0", "-9223372036854775808", "9223372036854775807",
            "1767269100", "1767269101", "1767268499", "0x69", "1e9", "\u0661\u0667");
    private static final long[] EXTREME_OFFSETS = {0, 1, -1, 300, -300, 301, -301, Integer.MAX_VALUE,
        Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - NOW.getEpochSecond()};

    @Test
    void anyDeliveryIsAcceptedOrRefusedWith401() {
        Mutator mutator = Mutator.ofText(CORPUS.seedTexts(), HEADERS);
        FuzzRun.check(TARGET, mutator::text, this::verify);
    }

    @Test
    void seedsAndRegressionInputsAreAcceptedOrRefused() {
        for (Path input : CORPUS.replays()) {
            verify(new String(Corpus.read(input), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aRightlySignedDeliveryIsAcceptedExactlyWithinTheTolerance() {
        FuzzRun.check(TARGET + "-timestamp", (Random random) -> random.nextInt(4) == 0
                ? EXTREME_OFFSETS[random.nextInt(EXTREME_OFFSETS.length)]
                : random.nextLong() >> random.nextInt(64), offset -> {
                    String delivery = "msg_1\n" + (NOW.getEpochSecond() + offset) + "\n{signature}\n{}";
                    verify(delivery);
                });
    }

    private void verify(String input) {
        String[] lines = input.split("\n", 4);
        String id = lines[0];
        String timestamp = lines.length > 1 ? lines[1] : null;
        byte[] body = (lines.length > 3 ? lines[3] : "").getBytes(StandardCharsets.UTF_8);
        String signatures = lines.length > 2 && timestamp != null
                ? lines[2].replace("{signature}", WebhookSignature.header(SECRET, id, timestamp.trim(), body)) : null;
        Bounded.run(TARGET, input.getBytes(StandardCharsets.UTF_8), WebhookSignatureFuzzTest::is401, () -> {
            WebhookSignature.verify(SECRET, id, timestamp, signatures, body, NOW, TOLERANCE);
            assertTrue(signatures.contains(WebhookSignature.header(SECRET, id, timestamp.trim(), body)),
                    "accepted with the right signature only");
            BigInteger distance = BigInteger.valueOf(NOW.getEpochSecond()).subtract(new BigInteger(timestamp.trim()));
            assertTrue(distance.abs().compareTo(BigInteger.valueOf(TOLERANCE.toSeconds())) <= 0,
                    () -> "accepted " + distance + " s away from now");
            return null;
        });
        Bounded.run(TARGET, input.getBytes(StandardCharsets.UTF_8), WebhookSignatureFuzzTest::is401, () -> {
            WebhookSignature.verify(null, id, timestamp, signatures, body, NOW, TOLERANCE);
            throw new AssertionError("an unknown tenant's delivery was accepted");
        });
    }

    private static boolean is401(Throwable thrown) {
        return thrown instanceof ProblemException problem && problem.status() == 401;
    }
}
