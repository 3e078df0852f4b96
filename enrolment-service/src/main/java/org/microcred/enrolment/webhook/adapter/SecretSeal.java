package org.microcred.enrolment.webhook.adapter;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.microcred.support.problem.ProblemException;

/**
 * Seals the shared secrets of Moodle and Open edX integrations at rest. An HMAC is verified with the raw secret, so
 * it cannot be hashed: it is encrypted with AES-256-GCM under {@link AdapterConfig#secretKey()} (from the
 * environment, like issuance's master key), a random nonce per sealing, and the tenant and platform as associated
 * data, so a sealed secret copied to another tenant's row does not open.
 */
@ApplicationScoped
public class SecretSeal {

    /** A sealed secret: ciphertext with its tag, and the nonce. */
    public record Sealed(byte[] ciphertext, byte[] nonce) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    public SecretSeal(AdapterConfig config) {
        this.key = config.secretKey().filter(k -> !k.isBlank()).map(SecretSeal::decode).orElse(null);
    }

    public Sealed seal(String secret, String tenantId, Platform platform) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        try {
            return new Sealed(cipher(Cipher.ENCRYPT_MODE, nonce, tenantId, platform)
                    .doFinal(secret.getBytes(StandardCharsets.UTF_8)), nonce);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is available on every Java runtime", e);
        }
    }

    /** The secret, or null when it does not open (another key, or another row's secret). */
    public String open(Sealed sealed, String tenantId, Platform platform) {
        if (sealed.ciphertext() == null || sealed.nonce() == null) {
            return null;
        }
        try {
            return new String(cipher(Cipher.DECRYPT_MODE, sealed.nonce(), tenantId, platform)
                    .doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String tenantId, Platform platform) throws GeneralSecurityException {
        if (key == null) {
            throw new ProblemException(503, "secret-key-missing", "Shared secrets cannot be sealed",
                    "This deployment has no microcred.lms.adapters.secret-key (MICROCRED_LMS_ADAPTERS_SECRET_KEY)");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(("microcred/lms-integration/v1\0" + tenantId + "\0" + platform.slug())
                .getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static SecretKeySpec decode(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("microcred.lms.adapters.secret-key must be base64 of 32 bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
