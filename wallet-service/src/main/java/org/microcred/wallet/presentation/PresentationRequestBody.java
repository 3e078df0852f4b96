package org.microcred.wallet.presentation;

/**
 * What a recognizer asks for: {@code achievementId} (an OB 3.0 credential of that achievement) or {@code issuerId}
 * (any OB 3.0 credential of that issuer), exactly one; optionally the {@code reason} shown to the earner, the
 * {@code domain} the holder's proof must carry (default: the wallet's public origin), and a {@code redirectUrl} a
 * wallet app is sent to once it answered.
 */
public record PresentationRequestBody(String achievementId, String issuerId, String reason, String domain,
        String redirectUrl) {
}
