package org.microcred.wallet.verification;

import java.util.HashMap;
import java.util.Map;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * The keys of one verification: each method resolved once, whether the proof library, the
 * issuer-key check or a status list asks for it, and what was found kept for the report.
 */
final class ResolutionSession implements KeyResolver {

    private final IssuerKeys keys;
    private final Map<String, KeyResolution> resolved = new HashMap<>();

    ResolutionSession(IssuerKeys keys) {
        this.keys = keys;
    }

    @Override
    public ResolvedKey resolve(String verificationMethod) {
        KeyResolution resolution = lookup(verificationMethod);
        if (resolution.key() == null) {
            throw new CredentialException("unresolvable-key", resolution.failure());
        }
        return resolution.key();
    }

    KeyResolution lookup(String verificationMethod) {
        return resolved.computeIfAbsent(verificationMethod, keys::resolve);
    }
}
