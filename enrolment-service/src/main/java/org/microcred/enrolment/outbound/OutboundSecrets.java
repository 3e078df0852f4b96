package org.microcred.enrolment.outbound;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.microcred.enrolment.webhook.WebhookSignature;
import org.microcred.support.crypto.AesGcmSealer;
import org.microcred.support.crypto.UnsealingException;

/**
 * The endpoints' signing secrets: made ({@code whsec_} + base64 of 32 random bytes, as Standard Webhooks suggests)
 * and sealed at rest with the shared {@link AesGcmSealer} (AES-256-GCM) under the key of
 * {@code microcred.outbound.secret-key}; the endpoint's id is the associated data, so a sealed secret copied onto
 * another endpoint does not open. Stored in one column as base64 of {@code nonce (12 bytes) || ciphertext+tag}.
 */
public final class OutboundSecrets {

    static final String SETTING = "microcred.outbound.secret-key (MICROCRED_OUTBOUND_SECRET_KEY)";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AesGcmSealer sealer;

    /** @param base64Key base64 of 32 bytes */
    public OutboundSecrets(String base64Key) {
        this.sealer = AesGcmSealer.fromBase64(base64Key, SETTING);
    }

    /** A new signing secret. */
    public static String newSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return WebhookSignature.SECRET_PREFIX + Base64.getEncoder().encodeToString(raw);
    }

    public String seal(String secret, String endpointId) {
        AesGcmSealer.Sealed sealed = sealer.seal(secret.getBytes(StandardCharsets.UTF_8), associatedData(endpointId));
        return Base64.getEncoder().encodeToString(sealed.joined());
    }

    public String open(String sealed, String endpointId) {
        try {
            return new String(sealer.open(AesGcmSealer.Sealed.split(Base64.getDecoder().decode(sealed)),
                    associatedData(endpointId)), StandardCharsets.UTF_8);
        } catch (UnsealingException | IllegalArgumentException e) {
            // Never the secret nor the key in the message.
            throw new IllegalStateException("The signing secret of endpoint " + endpointId
                    + " does not open under microcred.outbound.secret-key");
        }
    }

    /** The bare endpoint id, without a purpose prefix: what the rows stored so far were sealed with. */
    private static byte[] associatedData(String endpointId) {
        return endpointId.getBytes(StandardCharsets.UTF_8);
    }
}
