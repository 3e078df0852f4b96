package org.microcred.issuance.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Serialises, per achievement version, the two transactions that meet there: an award that finds
 * no catalogue entry parks itself, and a catalogue event releases the parked awards. Without the
 * lock each could miss the other's uncommitted row and leave an award parked for ever. A
 * PostgreSQL transaction-level advisory lock is released by commit or rollback.
 */
@ApplicationScoped
public class AwardLocks {

    public Uni<Void> lockAchievementVersion(String tenantId, UUID achievementId, int version) {
        String key = "issuance:" + tenantId + ":" + achievementId + ":" + version;
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key)
                .getSingleResult())
                .replaceWithVoid();
    }
}
