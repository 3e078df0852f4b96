package org.microcred.credentials.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base58BtcTest {

    @Test
    void theDraftSpecificationsExampleRoundTrips() {
        // draft-msporny-base58: "Hello World!" is 2NEpo7TZRRrLZSi2U.
        byte[] hello = "Hello World!".getBytes(StandardCharsets.US_ASCII);
        assertEquals("2NEpo7TZRRrLZSi2U", Base58Btc.encode(hello));
        assertArrayEquals(hello, Base58Btc.decode("2NEpo7TZRRrLZSi2U"));
        assertArrayEquals(new byte[] {0, 0, 1}, Base58Btc.decode(Base58Btc.encode(new byte[] {0, 0, 1})));
    }

    @Test
    void aValueAtTheLimitDecodesAndALongerOneIsRefusedBeforeAnyArithmetic() {
        String atLimit = "2".repeat(Base58Btc.MAX_DECODED_CHARS);
        assertEquals(atLimit, Base58Btc.encode(Base58Btc.decode(atLimit)));
        // Decoding is quadratic: a 40,000-character did:key or proofValue once cost 40 s of CPU.
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Base58Btc.decodeMultibase("z" + "2".repeat(40_000)));
        assertEquals("a base58btc value longer than 256 characters", refused.getMessage());
    }
}
