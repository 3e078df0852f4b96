package org.microcred.credentials.verification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Ed25519Keys;

class DidKeyResolverTest {

    private static final String DID = "did:key:z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z";
    private final DidKeyResolver resolver = new DidKeyResolver();

    @Test
    void aDidKeyVerificationMethodResolvesToItsEd25519KeyControlledByTheDid() {
        ResolvedKey key = resolver.resolve(DID + "#z6MkvDqGT54cXesYGvABpF1UapVNwjCqRcafi4Px6Thv5T3Z");

        assertEquals(DID, key.controller());
        assertEquals("Ed25519", key.algorithm());
        assertEquals(KeyState.ACTIVE, key.state());
        assertArrayEquals(Ed25519Keys.decodePublicKeyMultibase(DID.substring("did:key:".length())),
                key.publicKey());
    }

    @Test
    void aFragmentNamingAnotherKeyIsUnresolvable() {
        CredentialException e = assertThrows(CredentialException.class,
                () -> resolver.resolve(DID + "#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"));
        assertEquals("unresolvable-key", e.problem());
    }

    @Test
    void otherMethodsAreUnresolvableUnlessAnotherResolverTakesThem() {
        CredentialException e = assertThrows(CredentialException.class,
                () -> resolver.resolve("https://issuer.example/keys/1"));
        assertEquals("unresolvable-key", e.problem());

        ResolvedKey other = new ResolvedKey("https://issuer.example/keys/1", "https://issuer.example", "Ed25519",
                new byte[32], KeyState.RETIRED);
        assertSame(other, resolver.orElse(method -> other).resolve("https://issuer.example/keys/1"));
    }
}
