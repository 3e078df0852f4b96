package org.microcred.credentials.holder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * did:key and did:jwk resolution against the published examples of the two DID methods (the did:key
 * specification's test vectors, the did:jwk specification's P-256 example).
 */
class HolderDidsTest {

    /** did:key specification, Ed25519 test vector, with the public JWK it lists. */
    private static final String ED25519_DID_KEY = "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp";
    private static final String ED25519_X = "O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik";
    /** did:key specification, P-256 test vector (compressed point), with the public JWK it lists. */
    private static final String P256_DID_KEY = "did:key:zDnaerDaTF5BXEavCrfRZEk316dpbLsfPDZ3WJ5hRTPFU2169";
    private static final String P256_X = "fyNYMN0976ci7xqiSdag3buk-ZCwgXU4kz9XNkBlNUI";
    private static final String P256_Y = "hW2ojTNfH7Jbi8--CJUo3OCbH3y5n91g-IMA9MLMbTU";
    /** did:jwk specification, the P-256 example. */
    private static final String P256_DID_JWK = "did:jwk:eyJjcnYiOiJQLTI1NiIsImt0eSI6IkVDIiwieCI6ImFjYklRaXVNczNpOF91"
            + "c3pFakoydHBUdFJNNEVVM3l6OTFQSDZDZEgyVjAiLCJ5IjoiX0tjeUxqOXZXTXB0bm1LdG00NkdxRHo4d2Y3NEk1TEtncmwyR3pIM25TRSJ9";

    @Test
    void anEd25519DidKeyResolvesToTheKeyItsSpecificationListsForIt() throws Exception {
        HolderKey key = HolderDids.resolve(ED25519_DID_KEY + "#" + ED25519_DID_KEY.substring(8));

        assertEquals(ED25519_DID_KEY, key.did());
        assertEquals(HolderKey.EDDSA, key.algorithm());
        assertArrayEquals(Base64.getUrlDecoder().decode(ED25519_X), HolderSignatures.rawEd25519(key.publicKey()));
    }

    @Test
    void aP256DidKeyResolvesToTheKeyItsSpecificationListsForIt() throws Exception {
        HolderKey key = HolderDids.resolve(P256_DID_KEY + "#" + P256_DID_KEY.substring(8));

        assertEquals(P256_DID_KEY, key.did());
        assertEquals(HolderKey.ES256, key.algorithm());
        ECPublicKey ec = (ECPublicKey) key.publicKey();
        assertEquals(new java.math.BigInteger(1, Base64.getUrlDecoder().decode(P256_X)), ec.getW().getAffineX());
        assertEquals(new java.math.BigInteger(1, Base64.getUrlDecoder().decode(P256_Y)), ec.getW().getAffineY());
    }

    @Test
    void theDidJwkSpecificationsExampleResolvesAndIsTheDidOfItsJwk() throws Exception {
        HolderKey key = HolderDids.resolve(P256_DID_JWK + "#0");
        assertEquals(P256_DID_JWK, key.did());
        assertEquals(P256_DID_JWK + "#0", key.verificationMethod());
        assertEquals(HolderKey.ES256, key.algorithm());

        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "EC");
        jwk.put("x", "acbIQiuMs3i8_uszEjJ2tpTtRM4EU3yz91PH6CdH2V0");
        jwk.put("y", "_KcyLj9vWMptnmKtm46GqDz8wf74I5LKgrl2GzH3nSE");
        jwk.put("crv", "P-256");
        jwk.put("use", "sig");
        assertEquals(P256_DID_JWK, HolderDids.fromJwk(jwk).did());
    }

    @Test
    void anEd25519JwkBecomesADidJwkThatResolvesToTheSameKey() throws Exception {
        HolderKey fromJwk = HolderDids.fromJwk(Map.of("kty", "OKP", "crv", "Ed25519", "x", ED25519_X));
        HolderKey resolved = HolderDids.resolve(fromJwk.verificationMethod());

        assertEquals(fromJwk.did(), resolved.did());
        assertEquals(fromJwk.publicKey(), resolved.publicKey());
    }

    @Test
    void otherDidMethodsAreRefusedByName() {
        assertRefused(HolderProofException.UNSUPPORTED_DID, () -> HolderDids.resolve("did:web:wallet.example#key-1"));
        assertRefused(HolderProofException.UNSUPPORTED_DID, () -> HolderDids.resolve("https://wallet.example/key"));
    }

    @Test
    void verificationMethodIdsOfOtherFormsAreRefused() {
        assertRefused(HolderProofException.UNSUPPORTED_DID, () -> HolderDids.resolve(ED25519_DID_KEY));
        assertRefused(HolderProofException.UNSUPPORTED_DID, () -> HolderDids.resolve(ED25519_DID_KEY + "#key-1"));
        assertRefused(HolderProofException.UNSUPPORTED_DID, () -> HolderDids.resolve(P256_DID_JWK));
        assertRefused(HolderProofException.UNSUPPORTED_DID, () -> HolderDids.resolve(P256_DID_JWK + "#1"));
        assertRefused(HolderProofException.UNSUPPORTED_DID, () -> HolderDids.resolve("did:jwk:not-json#0"));
    }

    @Test
    void keysOfOtherCurvesAreRefused() {
        // did:key of a secp256k1 key (multicodec 0xe7), from the did:key specification's vectors
        assertRefused(HolderProofException.UNSUPPORTED_KEY, () -> HolderDids.resolve(
                "did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme#zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme"));
        assertRefused(HolderProofException.UNSUPPORTED_KEY, () -> HolderDids.fromJwk(Map.of("kty", "EC",
                "crv", "secp256k1", "x", P256_X, "y", P256_Y)));
    }

    @Test
    void aP256PointOffTheCurveIsRefused() {
        assertRefused(HolderProofException.UNSUPPORTED_KEY, () -> HolderDids.fromJwk(Map.of("kty", "EC",
                "crv", "P-256", "x", P256_X, "y", P256_X)));
    }

    @Test
    void aJwkWithPrivateMaterialIsRefusedAlsoInsideADidJwk() {
        String privateJwk = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + ED25519_X + "\",\"d\":\"" + ED25519_X
                + "\"}";
        String did = "did:jwk:" + Base64.getUrlEncoder().withoutPadding().encodeToString(privateJwk.getBytes());

        assertRefused(HolderProofException.PRIVATE_KEY, () -> HolderDids.resolve(did + "#0"));
    }

    @Test
    void aJwkWhoseAlgIsNotItsKeysIsRefused() {
        assertRefused(HolderProofException.ALG_KEY_MISMATCH, () -> HolderDids.fromJwk(Map.of("kty", "OKP",
                "crv", "Ed25519", "x", ED25519_X, "alg", "ES256")));
    }

    @Test
    void aDidUrlLongerThanTheLimitIsRefused() {
        assertRefused(HolderProofException.TOO_LARGE,
                () -> HolderDids.resolve("did:jwk:" + "e".repeat(HolderDids.MAX_DID_URL_CHARS) + "#0"));
    }

    private static void assertRefused(String reason, Executable resolution) {
        HolderProofException e = assertThrows(HolderProofException.class, resolution);
        assertEquals(reason, e.reason(), e.getMessage());
    }
}
