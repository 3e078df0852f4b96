package org.microcred.enrolment.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.microcred.enrolment.CredentialStatus;

/** Credential statuses announced by issuance. */
@ApplicationScoped
public class CredentialStatusRepository implements PanacheRepositoryBase<CredentialStatus, UUID> {

    /** The row locked for update, or null: two changes of one credential are applied one after the other. */
    public Uni<CredentialStatus> lock(UUID credentialId) {
        return findById(credentialId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The status of each of the tenant's credentials that has one (the others are ACTIVE). */
    public Uni<Map<UUID, CredentialStatus.Status>> of(String tenantId, Collection<UUID> credentialIds) {
        List<UUID> ids = credentialIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("tenantId = ?1 and credentialId in ?2", tenantId, ids).map(rows -> {
            Map<UUID, CredentialStatus.Status> statuses = new HashMap<>();
            rows.forEach(r -> statuses.put(r.credentialId, r.status));
            return statuses;
        });
    }
}
