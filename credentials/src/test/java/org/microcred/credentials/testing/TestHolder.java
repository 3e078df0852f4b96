package org.microcred.credentials.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.microcred.credentials.jwt.JwtKeys;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.keys.Multikey;

/**
 * A holder written in the tests (a test wallet's keys): an Ed25519 or P-256 key, named by did:key or did:jwk, that
 * signs OpenID4VCI key proofs (with Nimbus JOSE, another library than the verifier's) and DID-authentication
 * presentations ({@link TestPresentations}). Shared through the test-jar with the services' and e2e tests.
 */
public final class TestHolder {

    /** How the holder names itself. */
    public enum DidMethod { KEY, JWK }

    private static final String PROOF_TYP = "openid4vci-proof+jwt";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final JWK privateJwk;
    private final DidMethod method;

    private TestHolder(JWK privateJwk, DidMethod method) {
        this.privateJwk = privateJwk;
        this.method = method;
    }

    /** A random Ed25519 key. */
    public static TestHolder ed25519(DidMethod method) {
        return ed25519(Ed25519Keys.newSeed(), method);
    }

    /** The Ed25519 key of a 32-byte seed (the same seed gives the same DID: vectors). */
    public static TestHolder ed25519(byte[] seed, DidMethod method) {
        return new TestHolder(JwtKeys.ed25519PrivateJwk(seed), method);
    }

    /** A random P-256 key. */
    public static TestHolder p256(DidMethod method) {
        try {
            return new TestHolder(new ECKeyGenerator(Curve.P_256).generate(), method);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isEd25519() {
        return privateJwk instanceof OctetKeyPair;
    }

    /** {@code EdDSA} or {@code ES256}. */
    public String alg() {
        return isEd25519() ? JWSAlgorithm.EdDSA.getName() : JWSAlgorithm.ES256.getName();
    }

    /** The holder's DID, by its method: the id a delivered credential's subject gets. */
    public String did() {
        return method == DidMethod.KEY ? didKey() : didJwk();
    }

    /** {@code did:key:X#X} or {@code did:jwk:Y#0}. */
    public String verificationMethod() {
        return method == DidMethod.KEY ? didKey() + "#" + didKey().substring("did:key:".length()) : didJwk() + "#0";
    }

    /** {@code did:key:z6Mk...} or {@code did:key:zDn...} (compressed point). */
    public String didKey() {
        if (isEd25519()) {
            return Ed25519Keys.didKey(((OctetKeyPair) privateJwk).getX().decode());
        }
        ECKey ec = (ECKey) privateJwk;
        byte[] compressed = ECNamedCurveTable.getParameterSpec("P-256").getCurve()
                .createPoint(ec.getX().decodeToBigInteger(), ec.getY().decodeToBigInteger()).getEncoded(true);
        return "did:key:" + Multikey.encodeP256(compressed);
    }

    /** {@code did:jwk:} of the public JWK, members in lexicographic order. */
    public String didJwk() {
        String json = isEd25519()
                ? "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + ((OctetKeyPair) privateJwk).getX() + "\"}"
                : "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + ((ECKey) privateJwk).getX() + "\",\"y\":\""
                        + ((ECKey) privateJwk).getY() + "\"}";
        return "did:jwk:" + BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public Map<String, Object> publicJwk() {
        return privateJwk.toPublicJWK().toJSONObject();
    }

    /** The private JWK (refusal tests: a proof that leaks it). */
    public JWK privateJwk() {
        return privateJwk;
    }

    /** An OpenID4VCI key proof naming the key by {@code kid} ({@link #verificationMethod()}). */
    public String proofJwt(String audience, String nonce, Instant issuedAt) {
        return proofJwt("kid", verificationMethod(), audience, nonce, issuedAt);
    }

    /** An OpenID4VCI key proof carrying the public key as {@code jwk}. */
    public String proofJwtWithJwk(String audience, String nonce, Instant issuedAt) {
        return proofJwt("jwk", publicJwk(), audience, nonce, issuedAt);
    }

    private String proofJwt(String member, Object key, String audience, String nonce, Instant issuedAt) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", PROOF_TYP);
        header.put("alg", alg());
        header.put(member, key);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audience);
        claims.put("iat", issuedAt.getEpochSecond());
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        return signJws(TestJson.write(header), TestJson.write(claims));
    }

    /**
     * A compact JWS over exactly these header and payload texts, signed with this key whatever the header says
     * (refusal tests: a wrong typ, alg, x5c...).
     */
    public String signJws(String headerJson, String payloadJson) {
        String input = BASE64URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + BASE64URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            JWSSigner signer = isEd25519() ? new Ed25519Signer((OctetKeyPair) privateJwk)
                    : new ECDSASigner((ECKey) privateJwk);
            Base64URL signature = signer.sign(new JWSHeader(JWSAlgorithm.parse(alg())),
                    input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + signature;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The raw signature of {@code message}: Ed25519, or P-256 ECDSA over SHA-256 as R||S (64 bytes). */
    byte[] signRaw(byte[] message) {
        if (isEd25519()) {
            return Ed25519Keys.sign(((OctetKeyPair) privateJwk).getD().decode(), message);
        }
        try {
            java.security.Signature signer = java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(((ECKey) privateJwk).toECPrivateKey());
            signer.update(message);
            return signer.sign();
        } catch (java.security.GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
