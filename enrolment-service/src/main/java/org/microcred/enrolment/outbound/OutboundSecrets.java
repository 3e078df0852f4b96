package org.microcred.enrolment.outbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.microcred.enrolment.webhook.WebhookSignature;

/**
 * The endpoints' signing secrets: made ({@code whsec_} + base64 of 32 random bytes, as Standard Webhooks suggests)
 * and sealed at rest with AES-256-GCM under the key of {@code microcred.outbound.secret-key}; the endpoint's id is the
 * associated data, so a sealed secret copied onto another endpoint does not open. Stored as base64 of
 * {@code nonce (12 bytes) || ciphertext+tag}.
 */
public final class OutboundSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec key;

    /** @param base64Key base64 of 32 bytes */
    public OutboundSecrets(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("microcred.outbound.secret-key is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("microcred.outbound.secret-key must be base64 of 32 bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** A new signing secret. */
    public static String newSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return WebhookSignature.SECRET_PREFIX + Base64.getEncoder().encodeToString(raw);
    }

    public String seal(String secret, String endpointId) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(endpointId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    public String open(String sealed, String endpointId) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE));
            cipher.updateAAD(endpointId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never the secret nor the key in the message.
            throw new IllegalStateException("The signing secret of endpoint " + endpointId
                    + " does not open under microcred.outbound.secret-key");
        }
    }
}
