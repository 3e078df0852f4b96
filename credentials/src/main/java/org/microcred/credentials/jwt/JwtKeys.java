package org.microcred.credentials.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.math.ec.ECPoint;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * Turns our key material into Nimbus signers and verifiers. Only two algorithms exist here on purpose:
 * EdDSA (Ed25519, backed by Tink inside Nimbus) and ES256 (P-256); anything else is refused.
 */
public final class JwtKeys {

    private JwtKeys() {
    }

    /** The private Ed25519 JWK of a 32-byte seed (the same seed the Data Integrity proofs use). */
    public static OctetKeyPair ed25519PrivateJwk(byte[] seed) {
        if (seed == null || seed.length != 32) {
            throw new CredentialException("unsupported-key", "an Ed25519 seed is 32 bytes");
        }
        byte[] publicKey = new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
        return new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(publicKey))
                .d(Base64URL.encode(seed))
                .build();
    }

    /** The JWS algorithm a private JWK signs with: EdDSA for Ed25519, ES256 for P-256. */
    static JWSAlgorithm algorithmOf(JWK privateKey) {
        if (privateKey instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
            return JWSAlgorithm.EdDSA;
        }
        if (privateKey instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return JWSAlgorithm.ES256;
        }
        throw new CredentialException("unsupported-key", "only Ed25519 (EdDSA) and P-256 (ES256) keys sign VC-JWTs");
    }

    static JWSSigner signer(JWK privateKey) {
        if (privateKey == null || !privateKey.isPrivate()) {
            throw new CredentialException("unsupported-key", "signing needs a private JWK");
        }
        try {
            return algorithmOf(privateKey) == JWSAlgorithm.EdDSA
                    ? new Ed25519Signer((OctetKeyPair) privateKey)
                    : new ECDSASigner((ECKey) privateKey);
        } catch (JOSEException e) {
            throw new CredentialException("unsupported-key", "the private JWK cannot sign: " + e.getMessage(), e);
        }
    }

    /**
     * A verifier for a resolved public key. The caller has already checked that the key's algorithm
     * matches the header's {@code alg}, so an Ed25519 key can never be fed to ES256 or the reverse.
     */
    static JWSVerifier verifier(ResolvedKey key) throws JOSEException {
        byte[] raw = key.publicKey();
        if ("Ed25519".equals(key.algorithm())) {
            if (raw == null || raw.length != 32) {
                throw new JOSEException("an Ed25519 public key is 32 bytes");
            }
            return new Ed25519Verifier(new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw)).build());
        }
        return new ECDSAVerifier(p256PublicJwk(raw));
    }

    /** A P-256 public JWK from a SEC1 point, compressed (33 bytes, as in Multikey) or not (65 bytes). */
    static ECKey p256PublicJwk(byte[] sec1) throws JOSEException {
        if (sec1 == null || (sec1.length != 33 && sec1.length != 65)) {
            throw new JOSEException("a P-256 public key is a 33 or 65 byte SEC1 point");
        }
        ECPoint point;
        try {
            point = ECNamedCurveTable.getParameterSpec("P-256").getCurve().decodePoint(sec1).normalize();
        } catch (IllegalArgumentException e) {
            throw new JOSEException("not a point on P-256", e);
        }
        return new ECKey.Builder(Curve.P_256,
                Base64URL.encode(point.getAffineXCoord().getEncoded()),
                Base64URL.encode(point.getAffineYCoord().getEncoded())).build();
    }
}
