package org.microcred.credentials.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;

class Ed25519KeysTest {

    // key.json of the conformance vector (made with Digital Bazaar's @digitalbazaar/ed25519-multikey)
    private static final byte[] SEED = HexFormat.of()
            .parseHex("0707070707070707070707070707070707070707070707070707070707070707");
    private static final String MULTIKEY = "z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z";

    @Test
    void theVectorsSeedGivesTheVectorsMultikey() {
        assertEquals(MULTIKEY, Ed25519Keys.publicKeyMultibase(Ed25519Keys.publicKey(SEED)));
    }

    @Test
    void theVerificationMethodIsTheDidKeyWithTheKeyAsFragment() {
        byte[] publicKey = Ed25519Keys.publicKey(SEED);

        assertEquals("did:key:" + MULTIKEY + "#" + MULTIKEY, Ed25519Keys.didKeyVerificationMethod(publicKey));
        assertEquals("did:key:" + MULTIKEY, Ed25519Keys.didKey(publicKey));
    }

    @Test
    void aMultikeyDecodesToThePublicKey() {
        assertArrayEquals(Ed25519Keys.publicKey(SEED), Ed25519Keys.decodePublicKeyMultibase(MULTIKEY));
    }

    @Test
    void aValueThatIsNotAnEd25519MultikeyIsRejected() {
        // a P-256 Multikey (multicodec 0x1200), a base64url multibase value, and a key of the wrong length
        for (String value : new String[] {"zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169", "uAQID",
                "z6Mk", "z0OIl"}) {
            CredentialException e = assertThrows(CredentialException.class,
                    () -> Ed25519Keys.decodePublicKeyMultibase(value), value);
            assertEquals("invalid-key", e.problem());
        }
    }

    @Test
    void aSignatureVerifiesWithItsKeyAndNotOverOtherData() {
        byte[] message = "hash data".getBytes(StandardCharsets.UTF_8);
        byte[] signature = Ed25519Keys.sign(SEED, message);

        assertEquals(64, signature.length);
        assertTrue(Ed25519Keys.verify(Ed25519Keys.publicKey(SEED), message, signature));
        assertFalse(Ed25519Keys.verify(Ed25519Keys.publicKey(SEED), "other".getBytes(StandardCharsets.UTF_8),
                signature));
        assertFalse(Ed25519Keys.verify(Ed25519Keys.publicKey(Ed25519Keys.newSeed()), message, signature));
    }

    @Test
    void signingWithAnotherSeedAfterwardsUsesThatSeed() {
        byte[] message = {1, 2, 3};
        byte[] other = Ed25519Keys.newSeed();
        Ed25519Keys.sign(SEED, message);

        assertTrue(Ed25519Keys.verify(Ed25519Keys.publicKey(other), message, Ed25519Keys.sign(other, message)));
    }

    @Test
    void newSeedsAreRandom32ByteValues() {
        byte[] first = Ed25519Keys.newSeed();

        assertEquals(32, first.length);
        assertNotEquals(HexFormat.of().formatHex(first), HexFormat.of().formatHex(Ed25519Keys.newSeed()));
    }

    @Test
    void base58btcRoundTripsAndKeepsLeadingZeros() {
        assertEquals("2NEpo7TZRRrLZSi2U", Base58Btc.encode("Hello World!".getBytes(StandardCharsets.US_ASCII)));
        byte[] withZeros = {0, 0, 1, (byte) 0xff, 0};
        assertEquals("11ftT", Base58Btc.encode(withZeros));
        assertArrayEquals(withZeros, Base58Btc.decodeMultibase(Base58Btc.encodeMultibase(withZeros)));
    }
}
