package org.microcred.credentials.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.microcred.credentials.CredentialException;

class MultikeyTest {

    /** The P-256 test vectors of the did:key method specification, with the coordinates it gives for them. */
    @ParameterizedTest
    @CsvSource({
        "zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169, fyNYMN0976ci7xqiSdag3buk-ZCwgXU4kz9XNkBlNUI,"
                + " hW2ojTNfH7Jbi8--CJUo3OCbH3y5n91g-IMA9MLMbTU",
        "zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv, igrFmi0whuihKnj9R3Om1SoMph72wUGeFaBbzG2vzns,"
                + " efsX5b10x8yjyrj4ny3pGfLcY7Xby1KzgqOdqnsrJIM"})
    void theDidKeySpecificationsP256VectorsDecodeToTheirCoordinates(String multibase, String x, String y) {
        Multikey key = Multikey.decode(multibase);

        assertEquals(Multikey.P256, key.algorithm());
        ECPoint point = ECNamedCurveTable.getParameterSpec("P-256").getCurve().decodePoint(key.publicKey()).normalize();
        assertEquals(x, Base64URL.encode(point.getAffineXCoord().getEncoded()).toString());
        assertEquals(y, Base64URL.encode(point.getAffineYCoord().getEncoded()).toString());
    }

    @Test
    void aP256KeyRoundTripsThroughItsZDnForm() throws Exception {
        ECKey generated = new ECKeyGenerator(Curve.P_256).generate();
        byte[] compressed = ECNamedCurveTable.getParameterSpec("P-256").getCurve()
                .createPoint(generated.getX().decodeToBigInteger(), generated.getY().decodeToBigInteger())
                .getEncoded(true);

        String multibase = Multikey.encodeP256(compressed);

        assertTrue(multibase.startsWith("zDn"), multibase);
        assertArrayEquals(compressed, Multikey.decode(multibase).publicKey());
    }

    @Test
    void anEd25519KeyDecodesAsEd25519() {
        byte[] publicKey = Ed25519Keys.publicKey(Ed25519Keys.newSeed());

        Multikey key = Multikey.decode(Ed25519Keys.publicKeyMultibase(publicKey));

        assertEquals(Multikey.ED25519, key.algorithm());
        assertArrayEquals(publicKey, key.publicKey());
    }

    /** secp256k1 and P-384 keys, base64url multibase, a truncated P-256 key, and not multibase at all. */
    @ParameterizedTest
    @ValueSource(strings = {"zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme",
        "z82Lm1MpAkeJcix9K8TMiLd5NMAhnwkjjCBeWHXyu3U4oT2MVJJKXkcVBgjGhnLBn2Kaau9", "uAQID", "zDnaer", "z0OIl", ""})
    void otherKeysAndMalformedValuesAreRefusedAsInvalidKeys(String multibase) {
        CredentialException e = assertThrows(CredentialException.class, () -> Multikey.decode(multibase));
        assertEquals("invalid-key", e.problem());
    }

    @Test
    void anXCoordinateWithNoPointOnTheCurveIsRefused() {
        byte[] notAPoint = offCurvePoint();
        byte[] prefixed = new byte[35];
        prefixed[0] = (byte) 0x80;
        prefixed[1] = 0x24;
        System.arraycopy(notAPoint, 0, prefixed, 2, 33);
        String multibase = Base58Btc.encodeMultibase(prefixed);

        CredentialException e = assertThrows(CredentialException.class, () -> Multikey.decode(multibase));
        assertEquals("invalid-key", e.problem());
        assertTrue(e.getMessage().contains("not a point on P-256"), e.getMessage());
        assertThrows(CredentialException.class, () -> Multikey.encodeP256(notAPoint));
    }

    /** A compressed encoding whose x has no y on the curve (x^3 - 3x + b is not a square mod p). */
    private static byte[] offCurvePoint() {
        for (int x = 0; ; x++) {
            byte[] candidate = new byte[33];
            candidate[0] = 0x02;
            candidate[31] = (byte) (x >> 8);
            candidate[32] = (byte) x;
            try {
                ECNamedCurveTable.getParameterSpec("P-256").getCurve().decodePoint(candidate);
            } catch (IllegalArgumentException notOnCurve) {
                return candidate;
            }
        }
    }
}
