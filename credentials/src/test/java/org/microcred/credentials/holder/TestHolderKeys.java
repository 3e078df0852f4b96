package org.microcred.credentials.holder;

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
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.keys.Multikey;

/**
 * Holder keys made and used by Nimbus JOSE (Tink for Ed25519, the JDK for P-256): the proofs the tests verify are
 * signed by another library than the one that checks them. Their did:key and did:jwk identifiers are written here
 * from the key bytes.
 */
final class TestHolderKeys {

    final JWK privateJwk;

    private TestHolderKeys(JWK privateJwk) {
        this.privateJwk = privateJwk;
    }

    static TestHolderKeys ed25519() {
        try {
            return new TestHolderKeys(new OctetKeyPairGenerator(Curve.Ed25519).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static TestHolderKeys p256() {
        try {
            return new TestHolderKeys(new ECKeyGenerator(Curve.P_256).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean isEd25519() {
        return privateJwk instanceof OctetKeyPair;
    }

    JWSAlgorithm alg() {
        return isEd25519() ? JWSAlgorithm.EdDSA : JWSAlgorithm.ES256;
    }

    /** {@code did:key:z6Mk...} or {@code did:key:zDn...}. */
    String didKey() {
        if (isEd25519()) {
            return Ed25519Keys.didKey(((OctetKeyPair) privateJwk).getX().decode());
        }
        ECKey ec = (ECKey) privateJwk;
        byte[] compressed = ECNamedCurveTable.getParameterSpec("P-256").getCurve()
                .createPoint(ec.getX().decodeToBigInteger(), ec.getY().decodeToBigInteger()).getEncoded(true);
        return "did:key:" + Multikey.encodeP256(compressed);
    }

    String didKeyUrl() {
        String did = didKey();
        return did + "#" + did.substring("did:key:".length());
    }

    /** The public JWK's members, as a JSON map (what a {@code jwk} header carries). */
    Map<String, Object> publicJwk() {
        return privateJwk.toPublicJWK().toJSONObject();
    }

    String didJwk() {
        return "did:jwk:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(privateJwk.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A compact JWS over exactly these header and payload JSON texts, signed by Nimbus with this key whatever the
     * header says (so that tests can write headers Nimbus's builder would refuse: a private jwk, x5c...).
     */
    String sign(String headerJson, String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            JWSSigner signer = isEd25519() ? new Ed25519Signer((OctetKeyPair) privateJwk)
                    : new ECDSASigner((ECKey) privateJwk);
            return input + "." + signer.sign(new JWSHeader(alg()), input.getBytes(StandardCharsets.US_ASCII));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
