package org.microcred.issuance.oid4vci;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.microcred.support.capability.QrSvg;

/**
 * An offer as its maker sees it once: the {@code credential_offer_uri}, the deep link a wallet app opens
 * ({@code openid-credential-offer://?credential_offer_uri=...}), the same link as a QR code (SVG; null when the
 * maker said it needs none) and the {@code tx_code} when there is one (null otherwise; it is never shown again).
 */
public record OfferView(String credentialOfferUri, String offerUrl, String qrCodeSvg, String txCode,
        List<String> credentialConfigurationIds, Instant expiresAt) {

    static final String DEEP_LINK = "openid-credential-offer://?credential_offer_uri=";

    /**
     * The view of a new offer. The QR code is drawn only when asked for: it is about a tenth of the CPU an OpenID4VCI
     * delivery costs issuance (issue 16's benchmark), and a wallet app on the same phone opens the deep link instead.
     */
    static OfferView of(IssuerMetadata metadata, CredentialOffers.Created created, List<String> configurations,
            boolean withQrCode) {
        String uri = metadata.endpoint(created.tenantId(), "offers/" + created.offerId());
        String link = DEEP_LINK + URLEncoder.encode(uri, StandardCharsets.UTF_8);
        return new OfferView(uri, link, withQrCode ? QrSvg.of(link) : null, created.txCode(), configurations,
                created.expiresAt());
    }
}
