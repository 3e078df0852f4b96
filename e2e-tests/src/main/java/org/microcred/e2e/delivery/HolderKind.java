package org.microcred.e2e.delivery;

import java.util.Arrays;
import org.microcred.credentials.testing.TestHolder;
import org.microcred.credentials.testing.TestHolder.DidMethod;

/**
 * The wallet key of a delivery, new for every delivery: copies are one per award, holder and format, so a key used
 * twice would measure the path that answers the stored copy instead of signing one.
 */
enum HolderKind {

    /** EdDSA key proofs; the key named by its did:key (as the Learner Credential Wallet's profiles). */
    ED25519_DID_KEY("ed25519-did-key"),
    /** ES256 key proofs; the key named by its did:jwk. */
    P256_DID_JWK("p256-did-jwk");

    private final String option;

    HolderKind(String option) {
        this.option = option;
    }

    String option() {
        return option;
    }

    TestHolder newHolder() {
        return this == ED25519_DID_KEY ? TestHolder.ed25519(DidMethod.KEY) : TestHolder.p256(DidMethod.JWK);
    }

    static HolderKind named(String option) {
        return Arrays.stream(values()).filter(k -> k.option.equals(option)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown --holder-key '" + option + "': "
                        + Arrays.stream(values()).map(HolderKind::option).toList()));
    }
}
