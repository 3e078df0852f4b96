package org.microcred.credentials.holder;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A presentation whose DID authentication was checked: its proof is by a key of its {@code holder}, for the expected
 * challenge (and domain), with purpose {@code authentication}.
 *
 * @param holderDid   the presentation's {@code holder}, the DID the key belongs to
 * @param key         the key that signed it
 * @param credentials the credentials it holds ({@code verifiableCredential}, in order; empty for a plain DID
 *                    authentication), as sent: NOT verified, the caller verifies each one
 */
public record VerifiedPresentation(String holderDid, HolderKey key, List<JsonNode> credentials) {

    public VerifiedPresentation {
        credentials = List.copyOf(credentials);
    }
}
