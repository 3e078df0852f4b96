package org.microcred.issuance.exchange;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The earner's request to send one of their credentials to a wallet app through a VC-API exchange. */
public record ExchangeOfferRequest(@NotNull UUID credentialId) {
}
