package org.microcred.issuance.oid4vci;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/** PKCE (RFC 7636) with the S256 method only: {@code plain} would hand the verifier to whoever sees the request. */
final class Pkce {

    static final String S256 = "S256";
    /** A verifier: 43 to 128 unreserved characters (RFC 7636 §4.1). */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    /** An S256 challenge: the base64url SHA-256 of a verifier, 43 characters. */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Pkce() {
    }

    static boolean isChallenge(String challenge) {
        return challenge != null && CHALLENGE.matcher(challenge).matches();
    }

    static boolean isVerifier(String verifier) {
        return verifier != null && VERIFIER.matcher(verifier).matches();
    }

    static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** Whether the verifier is well formed and its S256 challenge is this one (constant-time comparison). */
    static boolean matches(String verifier, String challenge) {
        return isVerifier(verifier) && MessageDigest.isEqual(challengeOf(verifier).getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII));
    }
}
