package org.microcred.wallet.verification;

import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * Whether the key that signed is the issuer's to sign with: resolved, controlled by the issuer the
 * credential names, listed for issuing ({@code assertionMethod}), and not marked compromised. A
 * retired (rotated) key still vouches for what it signed.
 */
final class IssuerKeyCheck {

    private IssuerKeyCheck() {
    }

    static Check check(String verificationMethod, String issuer, ResolutionSession keys) {
        if (verificationMethod == null) {
            return Check.failed(Check.ISSUER_KEY, "no proof names the key that signed");
        }
        KeyResolution resolution = keys.lookup(verificationMethod);
        ResolvedKey key = resolution.key();
        if (key == null) {
            return Check.failed(Check.ISSUER_KEY, "key " + verificationMethod + " could not be resolved: "
                    + resolution.failure());
        }
        if (issuer == null || !issuer.equals(key.controller())) {
            return Check.failed(Check.ISSUER_KEY, "key " + verificationMethod + " is controlled by "
                    + key.controller() + ", not by the issuer " + issuer);
        }
        // Compromise first: an issuer that marks a key compromised also drops it from assertionMethod,
        // and the compromise is the reason a recognizer needs to hear.
        if (key.state() == KeyState.COMPROMISED) {
            return Check.failed(Check.ISSUER_KEY, "key " + verificationMethod + " was marked compromised at "
                    + resolution.revoked());
        }
        if (!resolution.assertionMethod()) {
            return Check.failed(Check.ISSUER_KEY, "key " + verificationMethod
                    + " is not listed in the issuer's assertionMethod");
        }
        String retired = key.state() == KeyState.RETIRED ? " (retired; what it signed before stays valid)" : "";
        return Check.passed(Check.ISSUER_KEY, "key " + verificationMethod + " of issuer " + issuer + retired);
    }
}
