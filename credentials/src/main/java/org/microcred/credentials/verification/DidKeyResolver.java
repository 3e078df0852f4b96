package org.microcred.credentials.verification;

import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Multikey;

/**
 * Resolves {@code did:key:z6Mk...#z6Mk...} (Ed25519) and {@code did:key:zDn...#zDn...} (P-256) verification
 * methods from the identifier itself,
 * without a network call: the key is the identifier. The controller is the DID; the state is always ACTIVE
 * (a did:key cannot be rotated or revoked). Compose it with other resolvers with {@link #orElse(KeyResolver)}.
 */
public final class DidKeyResolver implements KeyResolver {

    private static final String PREFIX = "did:key:";

    @Override
    public ResolvedKey resolve(String verificationMethod) {
        if (!handles(verificationMethod)) {
            throw new CredentialException("unresolvable-key", "Not a did:key verification method: "
                    + verificationMethod);
        }
        int hash = verificationMethod.indexOf('#');
        String did = hash < 0 ? verificationMethod : verificationMethod.substring(0, hash);
        String multibase = did.substring(PREFIX.length());
        if (hash >= 0 && !verificationMethod.substring(hash + 1).equals(multibase)) {
            throw new CredentialException("unresolvable-key", "The fragment of " + verificationMethod
                    + " does not name the key of its did:key");
        }
        Multikey key;
        try {
            key = Multikey.decode(multibase);
        } catch (CredentialException e) {
            throw new CredentialException("unresolvable-key", "The did:key " + did + " is not a key read here: "
                    + e.getMessage(), e);
        }
        return new ResolvedKey(verificationMethod, did, key.algorithm(), key.publicKey(), KeyState.ACTIVE);
    }

    /** Whether this resolver answers for the verification method. */
    public static boolean handles(String verificationMethod) {
        return verificationMethod != null && verificationMethod.startsWith(PREFIX);
    }

    /** did:key methods here, every other method by {@code other}. */
    public KeyResolver orElse(KeyResolver other) {
        return method -> handles(method) ? resolve(method) : other.resolve(method);
    }
}
