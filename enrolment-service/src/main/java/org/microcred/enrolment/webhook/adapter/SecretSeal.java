package org.microcred.enrolment.webhook.adapter;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.microcred.support.crypto.AesGcmSealer;
import org.microcred.support.crypto.UnsealingException;
import org.microcred.support.problem.ProblemException;

/**
 * Seals the shared secrets of Moodle and Open edX integrations at rest. An HMAC is verified with the raw secret, so
 * it cannot be hashed: it is sealed with the shared {@link AesGcmSealer} (AES-256-GCM) under
 * {@link AdapterConfig#secretKey()} (from the environment, like issuance's master key), a random nonce per sealing,
 * nonce and ciphertext in two columns, and the tenant and platform as associated data, so a sealed secret copied to
 * another tenant's row does not open. A key that is set but malformed stops the service at start-up; no key at all
 * only turns these integrations off (503 {@code secret-key-missing}).
 */
@Startup
@ApplicationScoped
public class SecretSeal {

    static final String SETTING = "microcred.lms.adapters.secret-key (MICROCRED_LMS_ADAPTERS_SECRET_KEY)";

    /** A sealed secret: ciphertext with its tag, and the nonce. */
    public record Sealed(byte[] ciphertext, byte[] nonce) {
    }

    private final AesGcmSealer sealer;

    public SecretSeal(AdapterConfig config) {
        this.sealer = config.secretKey().filter(k -> !k.isBlank()).map(k -> AesGcmSealer.fromBase64(k, SETTING))
                .orElse(null);
    }

    public Sealed seal(String secret, String tenantId, Platform platform) {
        AesGcmSealer.Sealed sealed = sealer().seal(secret.getBytes(StandardCharsets.UTF_8),
                associatedData(tenantId, platform));
        return new Sealed(sealed.ciphertext(), sealed.nonce());
    }

    /** The secret, or null when it does not open (another key, or another row's secret). */
    public String open(Sealed sealed, String tenantId, Platform platform) {
        if (sealed.ciphertext() == null || sealed.nonce() == null) {
            return null;
        }
        AesGcmSealer sealer = sealer();
        try {
            return new String(sealer.open(new AesGcmSealer.Sealed(sealed.ciphertext(), sealed.nonce()),
                    associatedData(tenantId, platform)), StandardCharsets.UTF_8);
        } catch (UnsealingException e) {
            return null;
        }
    }

    private AesGcmSealer sealer() {
        if (sealer == null) {
            throw new ProblemException(503, "secret-key-missing", "Shared secrets cannot be sealed",
                    "This deployment has no microcred.lms.adapters.secret-key (MICROCRED_LMS_ADAPTERS_SECRET_KEY)");
        }
        return sealer;
    }

    private static byte[] associatedData(String tenantId, Platform platform) {
        return AesGcmSealer.associatedData("microcred/lms-integration/v1", tenantId, platform.slug());
    }
}
