package org.microcred.credentials.verification;

import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Ed25519Keys;

/**
 * Resolves {@code did:key:z6Mk...#z6Mk...} verification methods (Ed25519 did:key) from the identifier itself,
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
        byte[] publicKey;
        try {
            publicKey = Ed25519Keys.decodePublicKeyMultibase(multibase);
        } catch (CredentialException e) {
            throw new CredentialException("unresolvable-key", "The did:key " + did + " is not an Ed25519 key: "
                    + e.getMessage(), e);
        }
        return new ResolvedKey(verificationMethod, did, "Ed25519", publicKey, KeyState.ACTIVE);
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
