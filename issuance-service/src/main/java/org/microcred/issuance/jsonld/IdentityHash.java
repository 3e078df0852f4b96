package org.microcred.issuance.jsonld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The salted recipient hash of Open Badges 3.0 ({@code IdentityHash}): {@code sha256$} followed by
 * the lower-case hex SHA-256 of the UTF-8 bytes of the identity with the salt appended. A
 * recognizer who is told the earner's email and reads the salt from the credential can check it;
 * no one else learns the email from the credential.
 */
public final class IdentityHash {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private IdentityHash() {
    }

    public static String sha256(String identity, String salt) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((identity + salt).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HEX.formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** A fresh salt per credential, so two credentials of one earner do not share a hash. */
    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HEX.formatHex(salt);
    }
}
