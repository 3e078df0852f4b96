package org.microcred.support.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last record of a tenant's chain (table {@code audit_chain_head}): its row is locked by every append, so one
 * tenant's records are numbered and chained one after the other, whatever runs concurrently. It also tells the
 * verifier how long the chain should be, so a record deleted at the end is found as a gap too.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(nullable = false)
    public long seq;

    @Column(nullable = false)
    public String hash;
}
