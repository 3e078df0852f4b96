package org.microcred.wallet.ims.backpack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.microcred.support.capability.CapabilityValues;

/**
 * The secrets of one send: the OAuth {@code state} (the callback's capability: kept only as its SHA-256, as every
 * capability is) and the PKCE verifier with its S256 challenge (RFC 7636), each a fresh {@link CapabilityValues}
 * value.
 */
public record PkceState(String state, String verifier) {

    public static PkceState fresh() {
        return new PkceState(CapabilityValues.newValue(), CapabilityValues.newValue());
    }

    public String challenge() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /** How a state is kept and looked up. */
    public static String hashOf(String state) {
        return CapabilityValues.sha256(state);
    }
}
