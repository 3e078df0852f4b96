package org.microcred.e2e;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs {@code interop/verify-dcc.mjs}: the Digital Credentials Consortium's {@code verifier-core}, the verifier of the
 * Learner Credential Wallet, with its own document loader and key resolution (a verificationMethod URL is fetched
 * without its fragment). Verified means its signature, expiry and status checks passed; its issuer-registry check
 * (DCC's lists on the internet, unreachable here) is only reported. Tooling as {@link DigitalBazaarVerifier}.
 */
public final class DccVerifier {

    private static final Path SCRIPT = DigitalBazaarVerifier.interopScript("verify-dcc.mjs");

    private DccVerifier() {
    }

    /** What the script said: exit 0 and {@code "verified":true} when the credential verifies. */
    public static DigitalBazaarVerifier.Outcome verify(String label, String credential) throws IOException {
        return DigitalBazaarVerifier.runScript(SCRIPT, label, credential);
    }
}
