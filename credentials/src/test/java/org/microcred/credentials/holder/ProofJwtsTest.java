package org.microcred.credentials.holder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenID4VCI 1.0 key proofs signed by Nimbus JOSE, checked by {@link ProofJwts}. */
class ProofJwtsTest {

    private static final String ISSUER = "https://issuer.example/tenants/acme";
    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");
    private static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestHolderKeys ed25519 = TestHolderKeys.ed25519();
    private final TestHolderKeys p256 = TestHolderKeys.p256();

    @Test
    void anEdDsaProofNamingItsDidKeyIsVerifiedAndBindsToThatDid() throws Exception {
        String jwt = ed25519.sign(header(ed25519, "kid", ed25519.didKeyUrl()), claims());

        VerifiedProofJwt proof = ProofJwts.verify(jwt, ISSUER, NOW, MAX_AGE);

        assertEquals(ed25519.didKey(), proof.holder().did());
        assertEquals(ed25519.didKeyUrl(), proof.holder().verificationMethod());
        assertEquals(HolderKey.EDDSA, proof.holder().algorithm());
        assertEquals("n-0S6_WzA2Mj", proof.nonce());
        assertEquals(NOW.minusSeconds(10), proof.issuedAt());
        assertEquals("wallet-client", proof.clientId());
    }

    @Test
    void anEs256ProofNamingItsP256DidKeyIsVerified() throws Exception {
        String jwt = p256.sign(header(p256, "kid", p256.didKeyUrl()), claims());

        VerifiedProofJwt proof = ProofJwts.verify(jwt, ISSUER, NOW, MAX_AGE);

        assertEquals(p256.didKey(), proof.holder().did());
        assertEquals(HolderKey.ES256, proof.holder().algorithm());
    }

    @Test
    void proofsNamingADidJwkOfEitherKeyTypeAreVerified() throws Exception {
        for (TestHolderKeys keys : new TestHolderKeys[] {ed25519, p256}) {
            String jwt = keys.sign(header(keys, "kid", keys.didJwk() + "#0"), claims());

            VerifiedProofJwt proof = ProofJwts.verify(jwt, ISSUER, NOW, MAX_AGE);

            assertEquals(keys.didJwk(), proof.holder().did());
            assertEquals(keys.didJwk() + "#0", proof.holder().verificationMethod());
        }
    }

    @Test
    void aProofCarryingItsPublicJwkBindsToTheDidJwkOfThatKey() throws Exception {
        for (TestHolderKeys keys : new TestHolderKeys[] {ed25519, p256}) {
            String jwt = keys.sign(header(keys, "jwk", keys.publicJwk()), claims());

            VerifiedProofJwt proof = ProofJwts.verify(jwt, ISSUER, NOW, MAX_AGE);

            assertEquals(HolderDids.fromJwk(keys.publicJwk()).did(), proof.holder().did());
            assertEquals(proof.holder().did(), HolderDids.resolve(proof.holder().verificationMethod()).did());
        }
    }

    @Test
    void theFullySpecifiedAlgorithmNameEd25519IsAcceptedAsEdDsa() throws Exception {
        Map<String, Object> header = headerMap(ed25519, "kid", ed25519.didKeyUrl());
        header.put("alg", "Ed25519");

        VerifiedProofJwt proof = ProofJwts.verify(ed25519.sign(json(header), claims()), ISSUER, NOW, MAX_AGE);

        assertEquals(ed25519.didKey(), proof.holder().did());
    }

    @Test
    void anAudienceArrayNamingTheIssuerAndAProofWithoutNonceOrIssAreAccepted() throws Exception {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", new String[] {"https://other.example", ISSUER});
        claims.put("iat", NOW.getEpochSecond());

        VerifiedProofJwt proof = ProofJwts.verify(ed25519.sign(header(ed25519, "kid", ed25519.didKeyUrl()),
                json(claims)), ISSUER, NOW, MAX_AGE);

        assertNull(proof.nonce());
        assertNull(proof.clientId());
    }

    @Test
    void aProofOfAnotherTypIsRefused() {
        Map<String, Object> header = headerMap(ed25519, "kid", ed25519.didKeyUrl());
        header.put("typ", "JWT");

        assertRefused(HolderProofException.WRONG_TYP, ed25519.sign(json(header), claims()));
    }

    @Test
    void algNoneIsRefused() {
        Map<String, Object> header = headerMap(ed25519, "kid", ed25519.didKeyUrl());
        header.put("alg", "none");
        String signed = ed25519.sign(json(header), claims());

        assertRefused(HolderProofException.ALG_NOT_ALLOWED, signed.substring(0, signed.lastIndexOf('.') + 1));
    }

    @Test
    void anAlgorithmThatIsNotTheKeysIsRefused() {
        Map<String, Object> header = headerMap(ed25519, "kid", p256.didKeyUrl());

        assertRefused(HolderProofException.ALG_KEY_MISMATCH, ed25519.sign(json(header), claims()));
    }

    @Test
    void bothKidAndJwkAreRefused() {
        Map<String, Object> header = headerMap(ed25519, "kid", ed25519.didKeyUrl());
        header.put("jwk", ed25519.publicJwk());

        assertRefused(HolderProofException.AMBIGUOUS_KEY, ed25519.sign(json(header), claims()));
    }

    @Test
    void neitherKidNorJwkIsRefused() {
        Map<String, Object> header = headerMap(ed25519, "kid", ed25519.didKeyUrl());
        header.remove("kid");

        assertRefused(HolderProofException.AMBIGUOUS_KEY, ed25519.sign(json(header), claims()));
    }

    @Test
    void aJwkWithPrivateKeyMaterialIsRefused() {
        assertRefused(HolderProofException.PRIVATE_KEY,
                ed25519.sign(header(ed25519, "jwk", ed25519.privateJwk.toJSONObject()), claims()));
    }

    @Test
    void anX5cCertificateChainIsRefused() {
        Map<String, Object> header = headerMap(p256, "jwk", p256.publicJwk());
        header.put("x5c", new String[] {"MIIBszCCAVmgAwIBAgIU"});

        assertRefused(HolderProofException.UNSUPPORTED_HEADER, p256.sign(json(header), claims()));
    }

    @Test
    void aProofForAnotherAudienceIsRefused() {
        Map<String, Object> claims = claimsMap();
        claims.put("aud", "https://other-issuer.example");

        assertRefused(HolderProofException.WRONG_AUDIENCE, signed(claims));
    }

    @Test
    void aProofWithoutIatIsRefused() {
        Map<String, Object> claims = claimsMap();
        claims.remove("iat");

        assertRefused(HolderProofException.MISSING_IAT, signed(claims));
    }

    @Test
    void aProofIssuedInTheFutureBeyondTheClockSkewIsRefused() {
        Map<String, Object> claims = claimsMap();
        claims.put("iat", NOW.plus(ProofJwts.CLOCK_SKEW).plusSeconds(5).getEpochSecond());

        assertRefused(HolderProofException.IAT_IN_FUTURE, signed(claims));
    }

    @Test
    void aProofOlderThanTheMaximumAgeIsRefused() {
        Map<String, Object> claims = claimsMap();
        claims.put("iat", NOW.minus(MAX_AGE).minusSeconds(1).getEpochSecond());

        assertRefused(HolderProofException.STALE_IAT, signed(claims));
    }

    @Test
    void aPayloadChangedAfterSigningIsRefused() {
        String jwt = signed(claimsMap());
        String[] parts = jwt.split("\\.");
        Map<String, Object> claims = claimsMap();
        claims.put("nonce", "another-nonce");
        String tampered = parts[0] + "." + base64Url(json(claims)) + "." + parts[2];

        assertRefused(HolderProofException.BAD_SIGNATURE, tampered);
    }

    @Test
    void anEs256SignatureOfZerosIsRefused() {
        String jwt = p256.sign(header(p256, "kid", p256.didKeyUrl()), claims());
        String zeros = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);

        assertRefused(HolderProofException.BAD_SIGNATURE, jwt.substring(0, jwt.lastIndexOf('.') + 1) + zeros);
    }

    @Test
    void aKidOfAnotherDidMethodIsRefused() {
        assertRefused(HolderProofException.UNSUPPORTED_DID,
                ed25519.sign(header(ed25519, "kid", "did:web:wallet.example#key-1"), claims()));
    }

    @Test
    void aDidKeyWithoutItsFragmentIsRefused() {
        assertRefused(HolderProofException.UNSUPPORTED_DID,
                ed25519.sign(header(ed25519, "kid", ed25519.didKey()), claims()));
    }

    @Test
    void aProofLongerThanTheLimitIsRefusedBeforeParsing() {
        assertRefused(HolderProofException.TOO_LARGE, "a".repeat(ProofJwts.MAX_JWT_CHARS + 1));
    }

    @Test
    void textThatIsNotACompactJwsIsRefusedAsMalformed() {
        assertRefused(HolderProofException.MALFORMED, "not.a-jwt");
        assertRefused(HolderProofException.MALFORMED, "eyJ9.e30.");
    }

    private static void assertRefused(String reason, String jwt) {
        HolderProofException e = assertThrows(HolderProofException.class,
                () -> ProofJwts.verify(jwt, ISSUER, NOW, MAX_AGE));
        assertEquals(reason, e.reason(), e.getMessage());
    }

    private String signed(Map<String, Object> claims) {
        return ed25519.sign(header(ed25519, "kid", ed25519.didKeyUrl()), json(claims));
    }

    private static String header(TestHolderKeys keys, String member, Object key) {
        return json(headerMap(keys, member, key));
    }

    private static Map<String, Object> headerMap(TestHolderKeys keys, String member, Object key) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", ProofJwts.TYP);
        header.put("alg", keys.alg().getName());
        header.put(member, key);
        return header;
    }

    private static String claims() {
        return json(claimsMap());
    }

    private static Map<String, Object> claimsMap() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "wallet-client");
        claims.put("aud", ISSUER);
        claims.put("iat", NOW.minusSeconds(10).getEpochSecond());
        claims.put("nonce", "n-0S6_WzA2Mj");
        return claims;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
