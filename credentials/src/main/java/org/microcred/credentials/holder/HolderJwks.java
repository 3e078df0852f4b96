package org.microcred.credentials.holder;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;

/**
 * Public JWKs of the two holder key types (RFC 8037 OKP Ed25519, RFC 7518 EC P-256), and the {@code did:jwk} a JWK
 * stands for. A JWK with private material ({@code d}) is refused, never used as a public key: a wallet that sends
 * it has leaked its key, and accepting it would bind a credential to a key anyone who saw the request holds.
 */
final class HolderJwks {

    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
    private static final Base64.Encoder BASE64URL_UNPADDED = Base64.getUrlEncoder().withoutPadding();

    private HolderJwks() {
    }

    /** A key read from a public JWK; {@code alg}, when the JWK states it, must be the key's. */
    static HolderKey read(JsonNode jwk, String did) throws HolderProofException {
        if (jwk == null || !jwk.isObject()) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "A JWK is a JSON object");
        }
        if (jwk.has("d")) {
            throw new HolderProofException(HolderProofException.PRIVATE_KEY,
                    "The JWK carries private key material (d); only a public key may be sent");
        }
        String kty = text(jwk, "kty");
        String crv = text(jwk, "crv");
        PublicKey key;
        String algorithm;
        if ("OKP".equals(kty) && "Ed25519".equals(crv)) {
            key = HolderSignatures.ed25519(bytes(jwk, "x"));
            algorithm = HolderKey.EDDSA;
        } else if ("EC".equals(kty) && "P-256".equals(crv)) {
            key = HolderSignatures.p256(bytes(jwk, "x"), bytes(jwk, "y"));
            algorithm = HolderKey.ES256;
        } else {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "The JWK is " + kty + "/" + crv
                    + "; only OKP/Ed25519 and EC/P-256 keys are supported");
        }
        String alg = text(jwk, "alg");
        if (alg != null && !ProofAlgorithms.matches(alg, algorithm)) {
            throw new HolderProofException(HolderProofException.ALG_KEY_MISMATCH, "The JWK says alg " + alg
                    + ", which is not the algorithm of its " + crv + " key");
        }
        String didOfKey = did != null ? did : didJwk(key, algorithm);
        return new HolderKey(didOfKey, didOfKey + HolderDids.DID_JWK_FRAGMENT, key, algorithm);
    }

    /**
     * {@code did:jwk:} and the base64url of the key's minimal public JWK, members in lexicographic order (those of
     * its RFC 7638 thumbprint): the same key always gives the same DID, whatever other members the JWK carried.
     */
    static String didJwk(PublicKey key, String algorithm) {
        String json;
        if (HolderKey.EDDSA.equals(algorithm)) {
            json = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\""
                    + BASE64URL_UNPADDED.encodeToString(HolderSignatures.rawEd25519(key)) + "\"}";
        } else {
            byte[][] xy = HolderSignatures.p256Coordinates(key);
            json = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + BASE64URL_UNPADDED.encodeToString(xy[0])
                    + "\",\"y\":\"" + BASE64URL_UNPADDED.encodeToString(xy[1]) + "\"}";
        }
        return HolderDids.DID_JWK + BASE64URL_UNPADDED.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(JsonNode jwk, String member) throws HolderProofException {
        String value = text(jwk, member);
        if (value == null || value.indexOf('=') >= 0) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "The JWK's " + member
                    + " is missing or not unpadded base64url");
        }
        try {
            return BASE64URL.decode(value);
        } catch (IllegalArgumentException e) {
            throw new HolderProofException(HolderProofException.UNSUPPORTED_KEY, "The JWK's " + member
                    + " is not base64url", e);
        }
    }

    private static String text(JsonNode jwk, String member) {
        JsonNode value = jwk.get(member);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
