package org.microcred.issuance.keys;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import org.microcred.issuance.config.MasterKeyConfig;
import org.microcred.support.crypto.AesGcmSealer;

/**
 * The master key that seals issuer key seeds, from {@code microcred.master-key}
 * ({@code MICROCRED_MASTER_KEY}: base64 of 32 random bytes). There is deliberately no default: a
 * service that could not open its keys must not start, so it is checked at start-up with a message
 * that says what to set, instead of failing at the first issuance.
 */
@Singleton
@Startup
public class MasterKey {

    public static final String PROPERTY = "microcred.master-key";
    static final String ENVIRONMENT = "MICROCRED_MASTER_KEY";

    private final SeedCipher cipher;

    public MasterKey(MasterKeyConfig config) {
        this.cipher = new SeedCipher(parse(config.value().orElse(null)));
    }

    public SeedCipher cipher() {
        return cipher;
    }

    /** The 32 key bytes, or a start-up failure that names the variable and the expected form. */
    static byte[] parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(ENVIRONMENT + " is not set: issuance-service seals its issuers'"
                    + " signing keys with it. Set it to the base64 of 32 random bytes (for example"
                    + " `head -c 32 /dev/urandom | base64`; bin/infra env exports one for local runs).");
        }
        return AesGcmSealer.decodeKey(base64, ENVIRONMENT);
    }
}
