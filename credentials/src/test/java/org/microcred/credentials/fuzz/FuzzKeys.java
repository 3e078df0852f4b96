package org.microcred.credentials.fuzz;

import java.util.Arrays;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Ed25519Keys;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ResolvedKey;

/**
 * The one key the verifier targets know: the conformance vector's Ed25519 key (seed 0x07 repeated), which signed
 * every seed. Any other did:key is read from the identifier, as wallet-service does; anything else is unresolvable.
 */
final class FuzzKeys {

    static final byte[] SEED = filled((byte) 7);
    static final byte[] PUBLIC_KEY = Ed25519Keys.publicKey(SEED);
    static final String DID = Ed25519Keys.didKey(PUBLIC_KEY);
    static final String METHOD = Ed25519Keys.didKeyVerificationMethod(PUBLIC_KEY);

    /** What the baking targets bake into the images that can be baked. */
    static final String BAKED_CREDENTIAL = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
            + "\"id\":\"urn:x\"}";

    static final KeyResolver RESOLVER = new DidKeyResolver().orElse(method -> {
        throw new CredentialException("unresolvable-key", "unknown verification method");
    });

    static final KeyResolver ONE_KEY = method -> METHOD.equals(method)
            ? new ResolvedKey(METHOD, DID, "Ed25519", PUBLIC_KEY, KeyState.ACTIVE)
            : RESOLVER.resolve(method);

    private FuzzKeys() {
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[Ed25519Keys.KEY_SIZE];
        Arrays.fill(bytes, value);
        return bytes;
    }
}
