package org.microcred.wallet.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Some of an earner's credentials grouped under a title, to be shared together; its credentials, in order, are
 * {@link PortfolioCredential} rows.
 */
@Entity
@Table(name = "portfolio")
public class Portfolio {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "earner_id")
    public String earnerId;

    public String title;

    /** Null when the earner gave none. */
    public String description;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
