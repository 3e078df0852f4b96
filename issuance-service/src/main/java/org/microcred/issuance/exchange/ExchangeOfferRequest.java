package org.microcred.issuance.exchange;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The earner's request to send one of their credentials to a wallet app through a VC-API exchange, and whether to
 * draw the QR codes (yes when left out; an app that opens a link on the same phone says {@code false}).
 */
public record ExchangeOfferRequest(@NotNull UUID credentialId, Boolean qrCode) {
}
