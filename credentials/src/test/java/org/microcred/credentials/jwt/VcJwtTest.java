package org.microcred.credentials.jwt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Multikey;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ResolvedKey;

class VcJwtTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUER = "https://badges.example.org/issuers/northbridge";
    private static final String KID = ISSUER + "#key-1";
    private static final String CREDENTIAL = """
            {"@context":["https://www.w3.org/ns/credentials/v2",
              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "id":"urn:uuid:2f1c9a52-5b1e-4c55-9d1f-0d6f4c1e7a10",
             "type":["VerifiableCredential","OpenBadgeCredential"],
             "issuer":{"id":"%s","type":["Profile"],"name":"Zoë's Academy 日本語"},
             "validFrom":"2025-01-01T00:00:00Z",
             "name":"SAFe® Practitioner",
             "credentialSubject":{"type":["AchievementSubject"],
               "achievement":{"id":"urn:uuid:0c7e","type":["Achievement"],"name":"SAFe® für Zoë — 日本語"}}}
            """.formatted(ISSUER);

    private final VcJwt vcJwt = new VcJwt();
    private final OctetKeyPair edKey = JwtKeys.ed25519PrivateJwk(randomSeed());
    private final Map<String, ResolvedKey> keys = new HashMap<>();
    private final KeyResolver resolver = method -> {
        ResolvedKey key = keys.get(method);
        if (key == null) {
            throw new CredentialException("unresolvable-key", "unknown " + method);
        }
        return key;
    };

    @Test
    void ed25519SignedCredentialVerifiesAndCarriesTheVcJwtHeader() throws Exception {
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));

        String jws = vcJwt.sign(CREDENTIAL, edKey, KID);

        JWSHeader header = JWSObject.parse(jws).getHeader();
        assertEquals(JWSAlgorithm.EdDSA, header.getAlgorithm());
        assertEquals("vc+jwt", header.getType().getType());
        assertEquals("vc", header.getContentType());
        assertEquals(KID, header.getKeyID());
        VcJwtCheck check = vcJwt.verify(jws, resolver);
        assertTrue(check.valid(), () -> "reason: " + check.reason());
        assertNull(check.reason());
        assertEquals(KID, check.verificationMethod());
        assertEquals(ISSUER, JSON.readTree(check.credentialJson()).get("iss").asText());
    }

    @Test
    void es256SignedCredentialVerifiesWithACompressedOrUncompressedP256Key() throws Exception {
        ECKey ecKey = new ECKeyGenerator(Curve.P_256).generate();
        String jws = vcJwt.sign(CREDENTIAL, ecKey, KID);
        assertEquals(JWSAlgorithm.ES256, JWSObject.parse(jws).getHeader().getAlgorithm());

        keys.put(KID, new ResolvedKey(KID, ISSUER, "P-256", sec1(ecKey, true), KeyState.ACTIVE));
        assertTrue(vcJwt.verify(jws, resolver).valid());
        keys.put(KID, new ResolvedKey(KID, ISSUER, "P-256", sec1(ecKey, false), KeyState.ACTIVE));
        assertTrue(vcJwt.verify(jws, resolver).valid());
    }

    @Test
    void es256CredentialOfAP256DidKeyVerifiesWithTheKeyInItsIdentifier() throws Exception {
        ECKey ecKey = new ECKeyGenerator(Curve.P_256).generate();
        String did = "did:key:" + Multikey.encodeP256(sec1(ecKey, true));
        String method = did + "#" + did.substring("did:key:".length());
        String credential = CREDENTIAL.replace(ISSUER, did);
        DidKeyResolver didKeys = new DidKeyResolver();

        VcJwtCheck check = vcJwt.verify(vcJwt.sign(credential, ecKey, method), didKeys);
        assertTrue(check.valid(), () -> "reason: " + check.reason());
        assertEquals(method, check.verificationMethod());

        ECKey otherKey = new ECKeyGenerator(Curve.P_256).generate();
        VcJwtCheck forged = vcJwt.verify(vcJwt.sign(credential, otherKey, method), didKeys);
        assertFalse(forged.valid(), "signed by a key other than the one the did:key names");
    }

    @Test
    void unicodeNamesRoundTripByteForByteAsUtf8() throws Exception {
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));
        String jws = vcJwt.sign(CREDENTIAL, edKey, KID);

        byte[] payload = Base64.getUrlDecoder().decode(jws.split("\\.")[1]);
        String payloadText = new String(payload, StandardCharsets.UTF_8);
        assertTrue(payloadText.contains("SAFe® für Zoë — 日本語"), "raw UTF-8, not \\u escapes: " + payloadText);
        VcJwtCheck check = vcJwt.verify(jws, resolver);
        assertEquals(payloadText, check.credentialJson());
        ObjectNode back = (ObjectNode) JSON.readTree(check.credentialJson());
        back.remove(java.util.List.of("iss", "jti", "nbf", "iat"));
        assertEquals(JSON.readTree(CREDENTIAL), back);
        assertArrayEquals(payload, check.credentialJson().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theConformanceVectorCredentialSignsWithItsDidKey() throws Exception {
        String unsigned;
        try (InputStream in = getClass().getResourceAsStream("/vectors/unsigned.json")) {
            unsigned = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode key = JSON.readTree(getClass().getResourceAsStream("/vectors/key.json"));
        OctetKeyPair didKey = JwtKeys.ed25519PrivateJwk(HexFormat.of().parseHex(key.get("seedHex").asText()));
        String method = key.get("verificationMethod").asText();
        keys.put(method, new ResolvedKey(method, key.get("did").asText(), "Ed25519", didKey.getDecodedX(),
                KeyState.ACTIVE));

        assertTrue(vcJwt.verify(vcJwt.sign(unsigned, didKey, method), resolver).valid());
    }

    @Test
    void aTamperedPayloadFailsAsBadSignature() {
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));
        String[] parts = vcJwt.sign(CREDENTIAL, edKey, KID).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("SAFe® Practitioner", "SAFe® Master");
        String tampered = parts[0] + "." + b64(payload) + "." + parts[2];

        VcJwtCheck check = vcJwt.verify(tampered, resolver);
        assertFalse(check.valid());
        assertEquals("bad-signature", check.reason());
    }

    @Test
    void algNoneIsRefused() {
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));
        String unsecured = b64("{\"alg\":\"none\",\"typ\":\"vc+jwt\",\"kid\":\"" + KID + "\"}") + "."
                + b64(CREDENTIAL) + ".";

        VcJwtCheck check = vcJwt.verify(unsecured, resolver);
        assertFalse(check.valid());
        assertEquals("alg-not-allowed", check.reason());
    }

    @Test
    void hs256KeyedWithThePublicKeyIsRefused() throws Exception {
        // The classic confusion attack: an HMAC "signed" with the issuer's public key as the secret.
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));
        JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KID).build(),
                new Payload(CREDENTIAL));
        forged.sign(new MACSigner(edKey.getDecodedX()));

        VcJwtCheck check = vcJwt.verify(forged.serialize(), resolver);
        assertFalse(check.valid());
        assertEquals("alg-not-allowed", check.reason());
    }

    @Test
    void aSignatureByAnotherKeyFailsAsBadSignature() {
        OctetKeyPair intruder = JwtKeys.ed25519PrivateJwk(randomSeed());
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));

        VcJwtCheck check = vcJwt.verify(vcJwt.sign(CREDENTIAL, intruder, KID), resolver);
        assertFalse(check.valid());
        assertEquals("bad-signature", check.reason());
    }

    @Test
    void anUnresolvableKidFailsWithTheResolversProblem() {
        VcJwtCheck check = vcJwt.verify(vcJwt.sign(CREDENTIAL, edKey, ISSUER + "#unknown"), resolver);
        assertFalse(check.valid());
        assertEquals("unresolvable-key", check.reason());
        assertEquals(ISSUER + "#unknown", check.verificationMethod());
    }

    @Test
    void aCompromisedKeyFailsWhileARetiredOneStillVerifies() {
        String jws = vcJwt.sign(CREDENTIAL, edKey, KID);

        keys.put(KID, ed25519(KID, edKey, KeyState.RETIRED));
        assertTrue(vcJwt.verify(jws, resolver).valid());
        keys.put(KID, ed25519(KID, edKey, KeyState.COMPROMISED));
        VcJwtCheck check = vcJwt.verify(jws, resolver);
        assertFalse(check.valid());
        assertEquals("key-compromised", check.reason());
        assertEquals("key-compromised", check.proofCheck().reason());
    }

    @Test
    void aKeyControlledBySomeoneElseFailsAsIssuerMismatch() {
        keys.put(KID, new ResolvedKey(KID, "https://other.example/issuers/x", "Ed25519", edKey.getDecodedX(),
                KeyState.ACTIVE));

        VcJwtCheck check = vcJwt.verify(vcJwt.sign(CREDENTIAL, edKey, KID), resolver);
        assertFalse(check.valid());
        assertEquals("issuer-mismatch", check.reason());
    }

    @Test
    void anEs256HeaderOverAnEd25519KeyFailsAsKeyAlgorithmMismatch() throws Exception {
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));

        String jws = vcJwt.sign(CREDENTIAL, new ECKeyGenerator(Curve.P_256).generate(), KID);
        assertEquals("key-algorithm-mismatch", vcJwt.verify(jws, resolver).reason());
    }

    @Test
    void anExpiredExpClaimFails() {
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));
        // 1767225600 = 2026-01-01T00:00:00Z; a credential without validUntil may still carry exp of its own.
        String withExp = CREDENTIAL.replaceFirst("\\{", "{\"exp\":1767225600,");
        String jws = vcJwt.sign(withExp, edKey, KID);

        VcJwt later = new VcJwt(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
        assertEquals("expired", later.verify(jws, resolver).reason());
        VcJwt earlier = new VcJwt(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
        assertTrue(earlier.verify(jws, resolver).valid());
    }

    @Test
    void theJwtCarriesTheClaimsOb3AsksForDerivedFromTheCredential() throws Exception {
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));
        String credential = CREDENTIAL.replace("\"validFrom\":\"2025-01-01T00:00:00Z\",",
                "\"validFrom\":\"2025-01-01T00:00:00Z\",\"validUntil\":\"2030-01-01T01:00:00+01:00\",")
                .replace("{\"type\":[\"AchievementSubject\"],", "{\"id\":\"did:example:earner\",\"type\":[\"AchievementSubject\"],");
        Instant signedAt = Instant.parse("2025-01-01T00:00:05Z");
        String jws = new VcJwt(Clock.fixed(signedAt, ZoneOffset.UTC)).sign(credential, edKey, KID);

        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[1]));
        assertEquals(ISSUER, claims.path("iss").asText());
        assertEquals("urn:uuid:2f1c9a52-5b1e-4c55-9d1f-0d6f4c1e7a10", claims.path("jti").asText());
        assertEquals("did:example:earner", claims.path("sub").asText());
        assertEquals(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond(), claims.path("nbf").asLong());
        assertEquals(Instant.parse("2030-01-01T00:00:00Z").getEpochSecond(), claims.path("exp").asLong());
        assertEquals(signedAt.getEpochSecond(), claims.path("iat").asLong());
        assertTrue(vcJwt.verify(jws, resolver).valid());
    }

    @Test
    void aCredentialWithoutSubjectIdOrValidUntilHasNoSubOrExp() throws Exception {
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(vcJwt.sign(CREDENTIAL, edKey, KID)
                .split("\\.")[1]));

        assertFalse(claims.has("sub"));
        assertFalse(claims.has("exp"));
    }

    @Test
    void signingRefusesAClaimThatContradictsTheCredential() {
        String otherJti = CREDENTIAL.replaceFirst("\\{", "{\"jti\":\"urn:uuid:another\",");
        assertEquals("malformed-credential", assertThrows(CredentialException.class,
                () -> vcJwt.sign(otherJti, edKey, KID)).problem());
    }

    @Test
    void aSignedJwtWhoseClaimsContradictItsCredentialFailsAsClaimsMismatch() throws Exception {
        keys.put(KID, ed25519(KID, edKey, KeyState.ACTIVE));
        // Signed by the right key, but by a signer that did not keep the claims in step with the credential.
        for (String claim : java.util.List.of("\"jti\":\"urn:uuid:another\"", "\"nbf\":1600000000")) {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(KID).build(),
                    new Payload(CREDENTIAL.replaceFirst("\\{", "{" + claim + ",")));
            jws.sign(JwtKeys.signer(edKey));

            VcJwtCheck check = vcJwt.verify(jws.serialize(), resolver);
            assertFalse(check.valid(), claim);
            assertEquals("claims-mismatch", check.reason(), claim);
        }
    }

    @Test
    void inputThatIsNoVcJwtAtAllIsAMalformedJwtError() {
        assertEquals("malformed-jwt", assertThrows(CredentialException.class,
                () -> vcJwt.verify("not-a-jwt", resolver)).problem());
        assertEquals("malformed-jwt", assertThrows(CredentialException.class,
                () -> vcJwt.verify("@@@.e30.sig", resolver)).problem());
        String vc11 = b64("{\"alg\":\"EdDSA\",\"kid\":\"" + KID + "\"}") + "." + b64("{\"vc\":{}}") + ".c2ln";
        assertEquals("malformed-credential", assertThrows(CredentialException.class,
                () -> vcJwt.verify(vc11, resolver)).problem());
    }

    @Test
    void signingRefusesACredentialWithoutIssuerAndAPublicOnlyKey() {
        String noIssuer = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiableCredential\"]}";
        assertEquals("malformed-credential", assertThrows(CredentialException.class,
                () -> vcJwt.sign(noIssuer, edKey, KID)).problem());
        assertEquals("unsupported-key", assertThrows(CredentialException.class,
                () -> vcJwt.sign(CREDENTIAL, edKey.toPublicJWK(), KID)).problem());
    }

    private static ResolvedKey ed25519(String method, OctetKeyPair key, KeyState state) {
        return new ResolvedKey(method, ISSUER, "Ed25519", key.getDecodedX(), state);
    }

    private static byte[] sec1(ECKey key, boolean compressed) {
        return ECNamedCurveTable.getParameterSpec("P-256").getCurve()
                .createPoint(key.getX().decodeToBigInteger(), key.getY().decodeToBigInteger())
                .getEncoded(compressed);
    }

    private static byte[] randomSeed() {
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        return seed;
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
