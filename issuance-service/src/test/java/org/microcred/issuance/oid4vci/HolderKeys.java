package org.microcred.issuance.oid4vci;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.keys.Multikey;

/**
 * A wallet's holder key, made and used by Nimbus JOSE (Ed25519 or P-256), named as {@code did:key} or {@code did:jwk}
 * (written here from the key bytes), and the OpenID4VCI key proofs it signs.
 */
final class HolderKeys {

    /** How a proof names its key: its {@code kid} as a did:key or did:jwk URL, or the public {@code jwk} itself. */
    enum Naming { DID_KEY, DID_JWK, JWK }

    private final JWK privateJwk;

    private HolderKeys(JWK privateJwk) {
        this.privateJwk = privateJwk;
    }

    static HolderKeys ed25519() {
        try {
            return new HolderKeys(new OctetKeyPairGenerator(Curve.Ed25519).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static HolderKeys p256() {
        try {
            return new HolderKeys(new ECKeyGenerator(Curve.P_256).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean isEd25519() {
        return privateJwk instanceof OctetKeyPair;
    }

    String didKey() {
        if (isEd25519()) {
            return Ed25519Keys.didKey(((OctetKeyPair) privateJwk).getX().decode());
        }
        ECKey ec = (ECKey) privateJwk;
        byte[] compressed = ECNamedCurveTable.getParameterSpec("P-256").getCurve()
                .createPoint(ec.getX().decodeToBigInteger(), ec.getY().decodeToBigInteger()).getEncoded(true);
        return "did:key:" + Multikey.encodeP256(compressed);
    }

    String didJwk() {
        return "did:jwk:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(privateJwk.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> publicJwk() {
        return privateJwk.toPublicJWK().toJSONObject();
    }

    /** The DID a proof of this naming binds the credential to (for a bare JWK: computed by the issuer). */
    String did(Naming naming) {
        return switch (naming) {
            case DID_KEY -> didKey();
            case DID_JWK -> didJwk();
            case JWK -> null;
        };
    }

    /** A key proof ({@code typ openid4vci-proof+jwt}) for this audience and nonce, issued now. */
    String proof(Naming naming, String audience, String nonce) {
        return proof(naming, audience, nonce, this);
    }

    /** A proof whose header names this key but which {@code signer} signs: a signature that does not match. */
    String proof(Naming naming, String audience, String nonce, HolderKeys signer) {
        JWSHeader.Builder header = new JWSHeader.Builder(isEd25519() ? JWSAlgorithm.EdDSA : JWSAlgorithm.ES256)
                .type(new JOSEObjectType("openid4vci-proof+jwt"));
        switch (naming) {
            case DID_KEY -> header.keyID(didKey() + "#" + didKey().substring("did:key:".length()));
            case DID_JWK -> header.keyID(didJwk() + "#0");
            case JWK -> header.jwk(privateJwk.toPublicJWK());
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audience);
        claims.put("iat", Instant.now().getEpochSecond());
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        JWSObject jws = new JWSObject(header.build(), new Payload(claims));
        try {
            jws.sign(signer.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jws.serialize();
    }

    private JWSSigner signer() throws JOSEException {
        return isEd25519() ? new Ed25519Signer((OctetKeyPair) privateJwk) : new ECDSASigner((ECKey) privateJwk);
    }
}
