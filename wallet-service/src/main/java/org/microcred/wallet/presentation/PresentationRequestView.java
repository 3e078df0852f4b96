package org.microcred.wallet.presentation;

import java.time.Instant;

/**
 * A new presentation request as its creator sees it, once: the links a wallet app opens, a QR code of the interaction
 * URL, the challenge and domain, and where (and with which token, in the URL) to read the result.
 */
public record PresentationRequestView(String id, String interactionUrl, String exchangeUrl, String lcwRequest,
        String qrCodeSvg, String challenge, String domain, String resultUrl, String resultToken, Instant expiresAt) {
}
