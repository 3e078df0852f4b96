package org.microcred.support.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One record of a tenant's audit trail (table {@code audit_record}, append-only: a trigger refuses UPDATE, DELETE and
 * TRUNCATE). {@code before}, {@code after} and {@code actorRoles} hold canonical JSON text ({@link CanonicalJson}).
 * The hash rule is {@link AuditHash}'s. Never modified once written: nothing here has a setter that is used after
 * {@link AuditTrail} persisted it.
 */
@Entity
@Table(name = "audit_record")
@IdClass(AuditRecord.Key.class)
public class AuditRecord {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Id
    @Column(nullable = false, updatable = false)
    public long seq;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "actor_type", nullable = false, updatable = false)
    public String actorType;

    @Column(name = "actor_id", nullable = false, updatable = false)
    public String actorId;

    /** JSON array of role names, sorted. */
    @Column(name = "actor_roles", nullable = false, updatable = false)
    public String actorRoles;

    /** The consumed event a service acted on; null for a user. */
    @Column(name = "event_id", updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "object_type", nullable = false, updatable = false)
    public String objectType;

    @Column(name = "object_id", nullable = false, updatable = false)
    public String objectId;

    @Column(name = "before_state", updatable = false)
    public String before;

    @Column(name = "after_state", updatable = false)
    public String after;

    @Column(name = "prev_hash", nullable = false, updatable = false)
    public String prevHash;

    @Column(nullable = false, updatable = false)
    public String hash;

    /** The primary key (tenant, seq). */
    public static class Key implements Serializable {
        public String tenantId;
        public long seq;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && seq == key.seq && Objects.equals(tenantId, key.tenantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, seq);
        }
    }
}
