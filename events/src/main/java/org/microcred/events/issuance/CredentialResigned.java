package org.microcred.events.issuance;

import java.time.Instant;
import java.util.UUID;
import org.microcred.events.EventPayload;

/**
 * A credential issued before proofs named their key by its URL was signed again: the same document (its id, dates,
 * subject and status entry unchanged) with a new {@code eddsa-rdfc-2022} proof whose {@code verificationMethod} is the
 * key URL {@code <issuerId>/keys/<keyId>}, and a new VC-JWT whose {@code kid} is that URL. Verifiers that fetch a
 * verification method without its fragment (the Learner Credential Wallet's) could not check the older form
 * ({@code <issuerId>#<keyId>}). A consumer that keeps the credential replaces its document with
 * {@code credentialText}, byte for byte as issuance stored it, and its VC-JWT with {@code credentialJwt}.
 *
 * @param earnerId           who holds it (the credential's earner, or who claimed it), as in {@code credential.issued}
 * @param credentialText     the signed document as the exact text issuance stored
 * @param credentialJwt      the same credential as a VC-JWT, or null when it was issued before VC-JWTs existed
 * @param verificationMethod the key URL the new proof names
 * @param resignedAt         when it was signed again
 */
public record CredentialResigned(
        UUID credentialId,
        String earnerId,
        String credentialText,
        String credentialJwt,
        String verificationMethod,
        Instant resignedAt) implements EventPayload {
}
