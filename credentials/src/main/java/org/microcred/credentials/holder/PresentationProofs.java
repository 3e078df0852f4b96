package org.microcred.credentials.holder;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.microcred.credentials.dataintegrity.Canonicalizer;
import org.microcred.credentials.dataintegrity.CredentialJson;

/**
 * DID authentication of a verifiable presentation (VC 1.1 or 2.0), as a wallet answers a VCALM
 * {@code DIDAuthentication} query or a presentation request: a proof with purpose {@code authentication} carrying
 * the verifier's {@code challenge} (and {@code domain} when one is expected), by a key of the presentation's
 * {@code holder} (did:key or did:jwk: {@link HolderDids}). The proof types wallets sign with today
 * ({@link ProofSuite}): {@code Ed25519Signature2020} (the Learner Credential Wallet; its suite context
 * {@code https://w3id.org/security/suites/ed25519-2020/v1} is not bundled and must be supplied, see
 * {@code contexts/SOURCES.md}), and {@code DataIntegrityProof} with {@code eddsa-rdfc-2022} (Ed25519) or
 * {@code ecdsa-rdfc-2019} (P-256).
 *
 * <p>The credentials the presentation holds are returned unverified: the caller verifies each (issuer, status,
 * dates) with its own credential verifier. Canonicalisation cost falls under the caller's
 * {@link org.microcred.credentials.dataintegrity.CanonicalizationBudget} when it runs this inside one.
 */
public final class PresentationProofs {

    /** The largest presentation read: the limit every credential entry point applies (1 MiB of UTF-8). */
    public static final int MAX_PRESENTATION_BYTES = CredentialJson.MAX_BYTES;
    /** The most credentials a presentation may hold: each is verified afterwards, at a cost. */
    public static final int MAX_CREDENTIALS = 20;
    /**
     * The most proofs a presentation may carry: each canonicalises the whole presentation again, and a DID
     * authentication needs one.
     */
    public static final int MAX_PROOFS = 2;

    private static final PresentationVerifier SHARED = new PresentationVerifier(new Canonicalizer());

    private PresentationProofs() {
    }

    /**
     * Checks a presentation's DID authentication.
     *
     * @param presentation      the presentation (JSON)
     * @param expectedChallenge the challenge the verifier gave the wallet (required)
     * @param expectedDomain    the domain the proof must carry, or null when none is required (a proof may then
     *                          carry any domain)
     * @param now               the current time ({@code expires} of the proof)
     * @throws HolderProofException with the reason (see {@link HolderProofException}'s codes)
     */
    public static VerifiedPresentation verify(JsonNode presentation, String expectedChallenge, String expectedDomain,
            Instant now) throws HolderProofException {
        return SHARED.verify(presentation, expectedChallenge, expectedDomain, now);
    }
}
