package org.microcred.issuance.oid4vci;

import java.time.Instant;
import java.util.List;

/**
 * An offer as its earner sees it once: the {@code credential_offer_uri}, the deep link a wallet app opens
 * ({@code openid-credential-offer://?credential_offer_uri=...}), the same link as a QR code (SVG), and the
 * {@code tx_code} when one was asked for (null otherwise; it is never shown again).
 */
public record OfferView(String credentialOfferUri, String offerUrl, String qrCodeSvg, String txCode,
        List<String> credentialConfigurationIds, Instant expiresAt) {
}
