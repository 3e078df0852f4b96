package org.microcred.credentials.holder;

import java.time.Instant;

/**
 * A key proof whose signature, type, audience and age were checked.
 *
 * @param holder   the key it proves possession of; the credential is bound to {@code holder.did()}
 * @param nonce    its {@code nonce} claim, null when absent: whether one is required, and whether it is one the
 *                 issuer gave out and not yet used, is the caller's to decide ({@code invalid_nonce})
 * @param issuedAt its {@code iat}
 * @param clientId its {@code iss} (the wallet's client id), null when absent (pre-authorized code flow)
 */
public record VerifiedProofJwt(HolderKey holder, String nonce, Instant issuedAt, String clientId) {
}
