package org.microcred.issuance.oid4vci;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The institution asks for an offer of one of its awards, issued to a learner without an account. Both credential
 * configurations are offered: the learner's wallet app takes the one it speaks. The QR code is drawn unless
 * {@code qrCode} is {@code false} (a system that sends only the link).
 */
public record IssuerOfferRequest(@NotNull UUID credentialId, Boolean qrCode) {
}
