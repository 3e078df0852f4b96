package org.microcred.support.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.LockMode;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Appends a record to a tenant's audit trail, in the caller's transaction: a change rolled back leaves no record, a
 * committed one always has its record. Call it once per privileged action, after the change is made and checked (the
 * tenant's chain head stays locked from here to the commit, so the later the shorter).
 *
 * <p>The tenant's chain head ({@code audit_chain_head}) is read {@code FOR UPDATE}: two appends of one tenant are
 * numbered and chained one after the other (the second waits for the first to commit or roll back); other tenants'
 * appends do not wait. The first record of a tenant inserts its head row ({@code ON CONFLICT DO NOTHING}, so two
 * first appends still meet on one row).
 */
@ApplicationScoped
public class AuditTrail {

    private static final String NEW_HEAD = "INSERT INTO audit_chain_head (tenant_id, seq, hash) VALUES (:tenant, 0,"
            + " :genesis) ON CONFLICT (tenant_id) DO NOTHING";

    /**
     * Records {@code action} (a stable dotted name: {@code credential.revoked}) on the object ({@code credential},
     * its id) by {@code actor}. {@code before} and {@code after} are the object's relevant state (null where there
     * is none: nothing before a creation).
     */
    public Uni<AuditRecord> record(AuditActor actor, String tenantId, String action, String objectType,
            String objectId, JsonNode before, JsonNode after) {
        require(tenantId, "tenantId");
        require(action, "action");
        require(objectType, "objectType");
        require(objectId, "objectId");
        AuditRecord record = new AuditRecord();
        record.tenantId = tenantId;
        record.actorType = actor.type();
        record.actorId = actor.id();
        record.actorRoles = CanonicalJson.write(JsonNodeFactory.instance.arrayNode()
                .addAll(actor.roles().stream().map(JsonNodeFactory.instance::textNode).toList()));
        record.eventId = actor.eventId();
        record.action = action;
        record.objectType = objectType;
        record.objectId = objectId;
        // Canonical now, so what is stored is what is hashed (and a value JSON cannot hold fails the action here).
        record.before = before != null && !before.isNull() ? CanonicalJson.write(before) : null;
        record.after = after != null && !after.isNull() ? CanonicalJson.write(after) : null;
        return Panache.getSession().chain(session -> head(session, tenantId).chain(head -> {
            record.seq = head.seq + 1;
            record.prevHash = head.hash;
            record.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            record.hash = AuditHash.of(record);
            head.seq = record.seq;
            head.hash = record.hash;
            return session.persist(record).replaceWith(record);
        }));
    }

    private static Uni<AuditChainHead> head(Mutiny.Session session, String tenantId) {
        return session.find(AuditChainHead.class, tenantId, LockMode.PESSIMISTIC_WRITE)
                .chain(head -> head != null ? Uni.createFrom().item(head)
                        : session.createNativeQuery(NEW_HEAD).setParameter("tenant", tenantId)
                                .setParameter("genesis", AuditHash.GENESIS).executeUpdate()
                                .chain(() -> session.find(AuditChainHead.class, tenantId,
                                        LockMode.PESSIMISTIC_WRITE)));
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an audit record has a " + name);
        }
    }
}
