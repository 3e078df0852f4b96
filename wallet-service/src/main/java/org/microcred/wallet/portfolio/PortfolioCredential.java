package org.microcred.wallet.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One credential of a portfolio, at its place in the earner's order (0 first). */
@Entity
@Table(name = "portfolio_credential")
@IdClass(PortfolioCredential.Key.class)
public class PortfolioCredential {

    @Id
    @Column(name = "portfolio_id")
    public UUID portfolioId;

    @Id
    @Column(name = "credential_id")
    public UUID credentialId;

    public int position;

    static PortfolioCredential of(UUID portfolioId, UUID credentialId, int position) {
        PortfolioCredential entry = new PortfolioCredential();
        entry.portfolioId = portfolioId;
        entry.credentialId = credentialId;
        entry.position = position;
        return entry;
    }

    /** The composite primary key (portfolio, credential). */
    public static class Key implements Serializable {

        public UUID portfolioId;
        public UUID credentialId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(portfolioId, key.portfolioId)
                    && Objects.equals(credentialId, key.credentialId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(portfolioId, credentialId);
        }
    }
}
