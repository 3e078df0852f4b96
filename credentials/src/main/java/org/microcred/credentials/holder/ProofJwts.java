package org.microcred.credentials.holder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.jwt.JwtJson;

/**
 * The key proof of OpenID4VCI 1.0 ({@code proofs.jwt}, section 8.2.1.1 and Appendix F.1): a JWS by the holder's key,
 * {@code typ} {@code openid4vci-proof+jwt}, naming the key by exactly one of {@code kid} (a DID URL, {@link HolderDids})
 * or {@code jwk} (a public JWK); {@code x5c} and {@code trust_chain} are not supported, {@code crit} is refused
 * (RFC 7515: an extension not understood). Claims: {@code aud} the credential issuer (a string, or an array holding
 * it), {@code iat} required, not in the future beyond {@link #CLOCK_SKEW} nor older than the caller's maximum age,
 * {@code nonce} returned for the caller to check, {@code iss} optional.
 *
 * <p>Cheap checks come first, then the signature, then the claims: a claim is only reported on a proof the holder
 * really signed, so an {@code invalid_nonce} answer never goes to a forged proof.
 */
public final class ProofJwts {

    public static final String TYP = "openid4vci-proof+jwt";
    /** A proof JWT is a few hundred characters; 16 KiB leaves room for a did:jwk kid and a jwk header. */
    public static final int MAX_JWT_CHARS = 16 * 1024;
    /** How far in the future {@code iat} may be: the wallet's clock and ours differ. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private ProofJwts() {
    }

    /**
     * Checks a key proof.
     *
     * @param compactJwt       the JWT ({@code proofs.jwt[i]})
     * @param expectedAudience the credential issuer identifier the proof must be addressed to
     * @param now              the current time
     * @param maxAge           how old {@code iat} may be
     * @throws HolderProofException with the reason (see {@link HolderProofException}'s codes)
     */
    public static VerifiedProofJwt verify(String compactJwt, String expectedAudience, Instant now, Duration maxAge)
            throws HolderProofException {
        if (compactJwt == null || compactJwt.isEmpty()) {
            throw new HolderProofException(HolderProofException.MALFORMED, "No proof JWT given");
        }
        if (compactJwt.length() > MAX_JWT_CHARS) {
            throw new HolderProofException(HolderProofException.TOO_LARGE, "The proof JWT is longer than "
                    + MAX_JWT_CHARS + " characters");
        }
        String[] parts = compactJwt.split("\\.", -1);
        if (parts.length != 3) {
            throw new HolderProofException(HolderProofException.MALFORMED,
                    "A proof JWT is a compact JWS: three dot-separated parts");
        }
        ObjectNode header = json(parts[0], "header");
        ObjectNode claims = json(parts[1], "payload");
        HolderKey key = ProofJwtHeader.key(header);
        byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        if (!HolderSignatures.verify(key, signingInput, signature(parts[2]))) {
            throw new HolderProofException(HolderProofException.BAD_SIGNATURE,
                    "The proof JWT's signature does not verify with the key it names");
        }
        requireAudience(claims.get("aud"), expectedAudience);
        Instant issuedAt = issuedAt(claims.get("iat"), now, maxAge);
        return new VerifiedProofJwt(key, optionalText(claims, "nonce"), issuedAt, optionalText(claims, "iss"));
    }

    private static ObjectNode json(String part, String what) throws HolderProofException {
        try {
            return JwtJson.parseObject(JwtJson.base64UrlText(part), "malformed-jwt");
        } catch (CredentialException e) {
            throw new HolderProofException(HolderProofException.MALFORMED, "The proof JWT's " + what
                    + " is not a base64url JSON object: " + e.getMessage(), e);
        }
    }

    private static byte[] signature(String part) throws HolderProofException {
        try {
            if (part.indexOf('=') >= 0) {
                throw new IllegalArgumentException("padded");
            }
            return Base64.getUrlDecoder().decode(part);
        } catch (IllegalArgumentException e) {
            throw new HolderProofException(HolderProofException.MALFORMED,
                    "The proof JWT's signature is not unpadded base64url", e);
        }
    }

    private static void requireAudience(JsonNode aud, String expected) throws HolderProofException {
        boolean found = false;
        if (aud != null && aud.isTextual()) {
            found = aud.asText().equals(expected);
        } else if (aud != null && aud.isArray()) {
            for (JsonNode audience : aud) {
                found |= audience.isTextual() && audience.asText().equals(expected);
            }
        }
        if (!found) {
            throw new HolderProofException(HolderProofException.WRONG_AUDIENCE,
                    "The proof JWT's aud does not name this credential issuer (" + expected + ")");
        }
    }

    private static Instant issuedAt(JsonNode iat, Instant now, Duration maxAge) throws HolderProofException {
        if (iat == null || !iat.isIntegralNumber() || !iat.canConvertToLong()) {
            throw new HolderProofException(HolderProofException.MISSING_IAT,
                    "The proof JWT has no iat (seconds since the epoch)");
        }
        Instant issuedAt = Instant.ofEpochSecond(Math.max(Math.min(iat.asLong(), Instant.MAX.getEpochSecond()),
                Instant.MIN.getEpochSecond()));
        if (issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw new HolderProofException(HolderProofException.IAT_IN_FUTURE, "The proof JWT's iat " + issuedAt
                    + " is in the future");
        }
        if (issuedAt.isBefore(now.minus(maxAge))) {
            throw new HolderProofException(HolderProofException.STALE_IAT, "The proof JWT was issued at " + issuedAt
                    + ", more than " + maxAge.toSeconds() + " s ago");
        }
        return issuedAt;
    }

    private static String optionalText(JsonNode claims, String name) throws HolderProofException {
        JsonNode value = claims.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new HolderProofException(HolderProofException.MALFORMED, "The proof JWT's " + name
                    + " is not a string");
        }
        return value.asText();
    }
}
