package org.microcred.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.verification.DidKeyResolver;
import org.microcred.credentials.verification.KeyResolver;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ProofCheck;
import org.microcred.credentials.verification.ResolvedKey;

/** What the issuer says of the key (via the resolver) decides alongside the signature. */
class KeyStatesTest {

    private static final String ISSUER = "did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z";

    private final DataIntegrityProofs proofs = new DataIntegrityProofs();

    @Test
    void aRetiredKeyStillVerifiesWhatItSigned() {
        assertTrue(proofs.verify(Vector.signed(), withState(KeyState.RETIRED)).valid());
    }

    @Test
    void aCompromisedKeyFailsWithThatReason() {
        ProofCheck check = proofs.verify(Vector.signed(), withState(KeyState.COMPROMISED));

        assertFalse(check.valid());
        assertTrue(check.reason().contains("compromised"), check.reason());
    }

    @Test
    void aKeyControlledBySomeoneOtherThanTheIssuerFails() {
        ResolvedKey real = new DidKeyResolver().resolve(Vector.verificationMethod());
        ProofCheck check = proofs.verify(Vector.signed(), method -> new ResolvedKey(method,
                "https://someone-else.example", "Ed25519", real.publicKey(), KeyState.ACTIVE));

        assertFalse(check.valid());
        assertTrue(check.reason().contains("not to the issuer " + ISSUER), check.reason());
    }

    @Test
    void aP256KeyCannotCheckAnEd25519Proof() {
        ProofCheck check = proofs.verify(Vector.signed(), method -> new ResolvedKey(method, ISSUER, "P-256",
                new byte[65], KeyState.ACTIVE));

        assertFalse(check.valid());
        assertTrue(check.reason().contains("P-256"), check.reason());
    }

    @Test
    void anUnresolvableKeyFailsWithTheResolversReason() {
        ProofCheck check = proofs.verify(Vector.signed(), method -> {
            throw new CredentialException("unresolvable-key", "issuer.example is not on the allow-list");
        });

        assertFalse(check.valid());
        assertTrue(check.reason().contains("not on the allow-list"), check.reason());
    }

    private static KeyResolver withState(KeyState state) {
        return method -> {
            ResolvedKey key = new DidKeyResolver().resolve(method);
            return new ResolvedKey(key.verificationMethod(), key.controller(), key.algorithm(), key.publicKey(), state);
        };
    }
}
