package org.microcred.issuance.exchange;

import java.time.Instant;

/**
 * An exchange as its earner sees it once: the links a wallet app opens ({@link ExchangeLinks}) and QR codes of the
 * interaction URL (what current LCW releases scan) and of the dccrequest link (what older releases scan), null when
 * the earner's app said it needs none.
 */
public record ExchangeView(String exchangeId, String exchangeUrl, String interactionUrl, String lcwRequest,
        String dccRequest, String qrCodeSvg, String dccQrCodeSvg, Instant expiresAt) {
}
