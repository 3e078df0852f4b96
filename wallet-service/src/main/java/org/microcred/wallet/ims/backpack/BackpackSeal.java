package org.microcred.wallet.ims.backpack;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.microcred.support.crypto.AesGcmSealer;
import org.microcred.support.crypto.UnsealingException;
import org.microcred.support.problem.ProblemException;

/**
 * Seals what "send to my backpack" keeps that would let someone act as this wallet: the client secrets other hosts
 * gave it, and the PKCE verifiers of sends in progress. AES-256-GCM under {@code microcred.wallet.backpack.secret-key}
 * (from the environment), with what the secret belongs to (the host's base URL, the send's id) as associated data, so
 * a sealed value copied to another row does not open. No key: sending is off (503), nothing else is.
 */
@ApplicationScoped
public class BackpackSeal {

    static final String SETTING = "microcred.wallet.backpack.secret-key (MICROCRED_WALLET_BACKPACK_SECRET_KEY)";

    private final AesGcmSealer sealer;

    public BackpackSeal(BackpackConfig config) {
        this.sealer = config.secretKey().filter(k -> !k.isBlank()).map(k -> AesGcmSealer.fromBase64(k, SETTING))
                .orElse(null);
    }

    public AesGcmSealer.Sealed seal(String secret, String belongsTo) {
        return sealer().seal(secret.getBytes(StandardCharsets.UTF_8), associatedData(belongsTo));
    }

    /** The secret; an {@link IllegalStateException} when it does not open (another key, or moved between rows). */
    public String open(byte[] ciphertext, byte[] nonce, String belongsTo) {
        try {
            return new String(sealer().open(new AesGcmSealer.Sealed(ciphertext, nonce), associatedData(belongsTo)),
                    StandardCharsets.UTF_8);
        } catch (UnsealingException e) {
            throw new IllegalStateException("A sealed backpack secret of " + belongsTo + " does not open", e);
        }
    }

    private AesGcmSealer sealer() {
        if (sealer == null) {
            throw new ProblemException(503, "backpack-key-missing", "Sending to other hosts is off",
                    "This deployment has no " + SETTING);
        }
        return sealer;
    }

    private static byte[] associatedData(String belongsTo) {
        return AesGcmSealer.associatedData("microcred/wallet-backpack/v1", belongsTo);
    }
}
