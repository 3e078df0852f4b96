package org.microcred.issuance.keys.rest;

import java.time.Instant;
import org.microcred.issuance.keys.IssuerKey;

/**
 * An issuer key as its admins see it: public parts and life cycle only. The sealed seed is never
 * part of any answer.
 *
 * @param verificationMethod {@code <issuerId>/keys/<keyId>}, as proofs name it
 */
public record IssuerKeyView(String keyId, String verificationMethod, String type, String publicKeyMultibase,
        String state, Instant createdAt, Instant retiredAt, Instant compromisedAt, String compromiseReason) {

    static IssuerKeyView of(IssuerKey key, String verificationMethod) {
        return new IssuerKeyView(key.keyId, verificationMethod, "Multikey", key.publicKeyMultibase, key.state.name(),
                key.createdAt, key.retiredAt, key.compromisedAt, key.compromiseReason);
    }
}
