package org.microcred.credentials.holder;

import java.security.PublicKey;

/**
 * A holder's public key, as the holder named it: a DID URL ({@code did:key} Ed25519 {@code z6Mk...} or P-256
 * {@code zDn...}, {@code did:jwk} of an OKP Ed25519 or EC P-256 key) or a bare JWK, which stands for its
 * {@code did:jwk}. Credentials are bound to {@link #did()}: it goes into {@code credentialSubject.id}.
 *
 * @param did                the holder's DID ({@code did:key:...} or {@code did:jwk:...}), without fragment
 * @param verificationMethod the key's DID URL ({@code did:key:X#X}, {@code did:jwk:Y#0})
 * @param publicKey          the JDK public key ({@code Ed25519} or {@code EC} on P-256)
 * @param algorithm          the JWS algorithm it verifies: {@value #EDDSA} or {@value #ES256}
 */
public record HolderKey(String did, String verificationMethod, PublicKey publicKey, String algorithm) {

    public static final String EDDSA = "EdDSA";
    public static final String ES256 = "ES256";
}
