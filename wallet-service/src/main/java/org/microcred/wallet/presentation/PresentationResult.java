package org.microcred.wallet.presentation;

import java.util.List;

/**
 * What is kept of an answered request, and all its creator reads: who answered (the holder's DID, or that a signed-in
 * earner of this wallet did) and, per credential presented, what the verification found. Never the credentials.
 *
 * @param holder     the holder's DID (a wallet app's DID authentication), or null for a signed-in earner
 * @param answeredBy {@link PresentationRequest#BY_WALLET_APP} or {@link PresentationRequest#BY_SIGNED_IN_EARNER}
 */
public record PresentationResult(String holder, String answeredBy, List<Credential> credentials) {

    /** One presented credential: who issued it for what, and its verdict; a failed check is an error, never hidden. */
    public record Credential(String id, Issuer issuer, Achievement achievement, boolean verified, boolean revoked,
            boolean suspended, boolean expired, List<String> errors) {
    }

    public record Issuer(String id, String name) {
    }

    public record Achievement(String id, String name) {
    }
}
