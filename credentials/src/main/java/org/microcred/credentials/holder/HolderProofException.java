package org.microcred.credentials.holder;

/**
 * A holder's proof (an OpenID4VCI key proof, a DID-authentication presentation) that is refused. {@link #reason()} is
 * a short stable code for the caller to map to its protocol's error ({@code invalid_proof}, {@code invalid_nonce}, a
 * problem type); the message says what was wrong in words, for the person reading the error.
 */
public final class HolderProofException extends Exception {

    /** Not a compact JWS, not JSON, not a JSON-LD presentation: the proof cannot be read. */
    public static final String MALFORMED = "malformed-proof";
    /** Past a size or count limit of the library. */
    public static final String TOO_LARGE = "too-large";
    /** A JWT {@code typ} other than {@code openid4vci-proof+jwt}. */
    public static final String WRONG_TYP = "wrong-typ";
    /** An algorithm other than EdDSA and ES256 ({@code none}, HMAC, RSA...). */
    public static final String ALG_NOT_ALLOWED = "alg-not-allowed";
    /** The algorithm is not the one of the key ({@code ES256} with an Ed25519 key...). */
    public static final String ALG_KEY_MISMATCH = "alg-key-mismatch";
    /** Both {@code kid} and {@code jwk}, or neither. */
    public static final String AMBIGUOUS_KEY = "ambiguous-key";
    /** A JWK carrying private key material ({@code d}). */
    public static final String PRIVATE_KEY = "private-key";
    /** A way of naming the key that is not supported ({@code x5c}, {@code trust_chain}, {@code crit}). */
    public static final String UNSUPPORTED_HEADER = "unsupported-header";
    /** A key that is not an Ed25519 or P-256 key, or not a valid one. */
    public static final String UNSUPPORTED_KEY = "unsupported-key";
    /** A DID method other than did:key and did:jwk, or a DID URL not of the forms {@code did:key:X#X}, {@code did:jwk:Y#0}. */
    public static final String UNSUPPORTED_DID = "unsupported-did";
    /** The signature does not verify with the key. */
    public static final String BAD_SIGNATURE = "bad-signature";
    /** The JWT's {@code aud} does not name the expected audience. */
    public static final String WRONG_AUDIENCE = "wrong-audience";
    /** The JWT has no numeric {@code iat}. */
    public static final String MISSING_IAT = "missing-iat";
    /** {@code iat} is in the future beyond the allowed clock skew. */
    public static final String IAT_IN_FUTURE = "iat-in-future";
    /** {@code iat} is older than the caller's maximum age. */
    public static final String STALE_IAT = "stale-iat";
    /** A presentation's proof carries another challenge than the expected one. */
    public static final String CHALLENGE_MISMATCH = "challenge-mismatch";
    /** A presentation's proof carries another domain than the expected one (or none). */
    public static final String DOMAIN_MISMATCH = "domain-mismatch";
    /** A presentation's proof whose purpose is not {@code authentication}. */
    public static final String WRONG_PROOF_PURPOSE = "wrong-proof-purpose";
    /** The signing key is not a key of the presentation's {@code holder}. */
    public static final String KEY_NOT_OF_HOLDER = "key-not-of-holder";
    /** A presentation without a proof. */
    public static final String MISSING_PROOF = "missing-proof";
    /** A presentation without a {@code holder}: there is no DID to authenticate. */
    public static final String MISSING_HOLDER = "missing-holder";
    /** A proof type or cryptosuite that is not supported. */
    public static final String UNSUPPORTED_PROOF_TYPE = "unsupported-proof-type";
    /** A proof whose {@code expires} is past. */
    public static final String PROOF_NOT_CURRENT = "proof-not-current";

    private final String reason;

    public HolderProofException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public HolderProofException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** One of the codes above. */
    public String reason() {
        return reason;
    }
}
