package org.microcred.wallet.portfolio;

import java.time.Instant;
import java.util.UUID;
import org.microcred.support.persistence.CredentialStatusRecord;

/**
 * One credential of a portfolio as its owner lists it, without its document, with the status issuance last announced
 * for it (null when none was: the credential is active).
 */
public record PortfolioItem(UUID id, String achievementName, String issuerName, Instant issuedAt,
        CredentialStatusRecord.Status status) {
}
