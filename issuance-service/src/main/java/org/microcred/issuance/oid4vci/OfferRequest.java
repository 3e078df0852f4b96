package org.microcred.issuance.oid4vci;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An earner's request for an offer of one of their credentials: which formats to offer (both when left out), and
 * whether the wallet must also type a {@code tx_code} (shown to the earner once, in the answer), and whether to draw
 * the QR code (yes when left out; an app that opens the deep link on the same phone says {@code false}).
 */
public record OfferRequest(@NotNull UUID credentialId, Boolean txCode,
        @Size(min = 1, max = 2) List<@NotNull @Size(max = 64) String> credentialConfigurationIds, Boolean qrCode) {
}
