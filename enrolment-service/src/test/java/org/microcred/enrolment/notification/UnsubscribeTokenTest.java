package org.microcred.enrolment.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    private final UnsubscribeToken tokens = new UnsubscribeToken("a-test-secret-of-enough-length");
    private final UnsubscribeToken.Subject subject =
            new UnsubscribeToken.Subject("northbridge", "6f1c0a52-earner", NotificationKind.INACTIVITY_NUDGE);

    @Test
    void aSignedTokenNamesItsEarnerAndKind() {
        String token = tokens.sign(subject);
        assertTrue(token.matches("v1\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), token);
        assertEquals(Optional.of(subject), tokens.verify(token));
    }

    @Test
    void anotherKeysTokenIsRefused() {
        String foreign = new UnsubscribeToken("another-secret-of-enough-length").sign(subject);
        assertEquals(Optional.empty(), tokens.verify(foreign));
    }

    @Test
    void aTokenNamingAnotherEarnerWithTheOldMacIsRefused() {
        String[] parts = tokens.sign(subject).split("\\.");
        String otherEarner = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "northbridge\nsomeone-else\ninactivity-nudge".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), tokens.verify(parts[0] + "." + otherEarner + "." + parts[2]));
    }

    @Test
    void malformedTokensAreRefusedWithoutAnException() {
        for (String bad : new String[] {null, "", "v1", "v1..", "v2.a.b", "v1.!!!.###", "v1.a.b.c",
                "x".repeat(UnsubscribeToken.MAX_LENGTH + 1)}) {
            assertEquals(Optional.empty(), tokens.verify(bad), String.valueOf(bad));
        }
        String token = tokens.sign(subject);
        String flipped = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertEquals(Optional.empty(), tokens.verify(flipped));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UnsubscribeToken("short"));
    }
}
