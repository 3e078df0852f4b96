package org.microcred.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShareTokenTest {

    @Test
    void aTokenIs32RandomBytesInBase64urlWithoutPadding() {
        String token = ShareToken.generate();
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(ShareToken.isWellFormed(token));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            tokens.add(ShareToken.generate());
        }
        assertEquals(1000, tokens.size());
    }

    @Test
    void theHashIsTheHexSha256OfTheTokenAndDoesNotContainIt() throws Exception {
        String token = ShareToken.generate();
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, ShareToken.hash(token));
        assertEquals(64, ShareToken.hash(token).length());
        assertEquals(ShareToken.hash(token), ShareToken.hash(token), "the same token always finds its row");
        assertNotEquals(ShareToken.hash(token), ShareToken.hash(ShareToken.generate()));
        assertFalse(ShareToken.hash(token).contains(token));
    }

    @Test
    void textThatCannotBeATokenIsRecognisedWithoutALookUp() {
        assertFalse(ShareToken.isWellFormed(null));
        assertFalse(ShareToken.isWellFormed(""));
        assertFalse(ShareToken.isWellFormed("a".repeat(42)));
        assertFalse(ShareToken.isWellFormed("a".repeat(44)));
        assertFalse(ShareToken.isWellFormed("a".repeat(42) + "="));
        assertFalse(ShareToken.isWellFormed("a".repeat(42) + "+"));
        assertTrue(ShareToken.isWellFormed("a".repeat(41) + "-_"));
    }
}
