package org.microcred.credentials.jwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.microcred.credentials.CredentialException;

/**
 * The registered JWT claims that Open Badges 3.0's VC-JWT proof format asks for, each derived from the credential it
 * secures: {@code iss} = the issuer id, {@code jti} = the credential id, {@code sub} = the subject id,
 * {@code nbf} = {@code validFrom}, {@code exp} = {@code validUntil} (each when the credential states it), and
 * {@code iat} = when the JWT was signed. A verifier that reads only the JWT claims then sees what the credential says.
 */
final class JwtClaims {

    private JwtClaims() {
    }

    /**
     * Adds the claims to a credential about to be signed.
     *
     * @throws CredentialException {@code malformed-credential} when the credential already carries one of them with
     *         another value than the one derived from it, or a {@code validFrom}/{@code validUntil} that is not a
     *         date-time
     */
    static void add(ObjectNode credential, Instant now) {
        String mismatch = mismatch(credential);
        if (mismatch != null) {
            throw new CredentialException("malformed-credential", mismatch);
        }
        credential.put("iss", JwtJson.issuerId(credential));
        putText(credential, "jti", credential.get("id"));
        putText(credential, "sub", subjectId(credential));
        putSeconds(credential, "nbf", seconds(credential, "validFrom"));
        putSeconds(credential, "exp", seconds(credential, "validUntil"));
        credential.put("iat", now.getEpochSecond());
    }

    /**
     * Why the claims contradict the credential they come with ({@code jti} not its id, {@code nbf} not its
     * {@code validFrom}...), or null when every claim present agrees. A claim the credential gives no value for is
     * not a contradiction (VC-JWTs issued elsewhere may set {@code exp} alone).
     */
    static String mismatch(JsonNode credential) {
        String issuer = JwtJson.issuerId(credential);
        JsonNode iss = credential.get("iss");
        if (iss != null && !issuer.equals(iss.asText(null))) {
            return "iss must equal the issuer id";
        }
        if (differs(credential.get("jti"), credential.get("id"))) {
            return "jti must equal the credential id";
        }
        if (differs(credential.get("sub"), subjectId(credential))) {
            return "sub must equal the credential subject's id";
        }
        if (differsInSeconds(credential.get("nbf"), seconds(credential, "validFrom"))) {
            return "nbf must be validFrom";
        }
        if (differsInSeconds(credential.get("exp"), seconds(credential, "validUntil"))) {
            return "exp must be validUntil";
        }
        return null;
    }

    private static JsonNode subjectId(JsonNode credential) {
        JsonNode subject = credential.get("credentialSubject");
        return subject != null && subject.isObject() ? subject.get("id") : null;
    }

    /** A date-time of the credential in epoch seconds, null when it is absent. */
    private static Long seconds(JsonNode credential, String field) {
        JsonNode value = credential.get(field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText("")).toInstant().getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new CredentialException("malformed-credential", field + " is not a date-time", e);
        }
    }

    private static boolean differs(JsonNode claim, JsonNode value) {
        return claim != null && value != null && value.isTextual() && !value.asText().equals(claim.asText(null));
    }

    private static boolean differsInSeconds(JsonNode claim, Long value) {
        return claim != null && value != null && (!claim.isIntegralNumber() || claim.asLong() != value);
    }

    private static void putText(ObjectNode credential, String claim, JsonNode value) {
        if (value != null && value.isTextual()) {
            credential.put(claim, value.asText());
        }
    }

    private static void putSeconds(ObjectNode credential, String claim, Long value) {
        if (value != null) {
            credential.put(claim, value);
        }
    }
}
