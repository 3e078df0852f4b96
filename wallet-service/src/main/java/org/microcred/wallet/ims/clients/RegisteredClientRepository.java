package org.microcred.wallet.ims.clients;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RegisteredClientRepository implements PanacheRepositoryBase<RegisteredClient, String> {

    public Uni<Long> countFor(String tenantId) {
        return count("tenantId", tenantId);
    }

    /** The tenant's clients, newest first; at most the per-tenant cap exist, so one list holds them all. */
    public Uni<List<RegisteredClient>> listFor(String tenantId) {
        return find("tenantId = ?1 order by createdAt desc, clientId", tenantId).list();
    }

    /** Those of the named clients that are this tenant's. */
    public Uni<List<RegisteredClient>> listFor(String tenantId, List<String> clientIds) {
        return clientIds.isEmpty() ? Uni.createFrom().item(List.of())
                : find("tenantId = ?1 and clientId in ?2", tenantId, clientIds).list();
    }

    /** The client if it is this tenant's; another tenant's is as absent as an unknown one. */
    public Uni<RegisteredClient> findFor(String tenantId, String clientId) {
        return find("tenantId = ?1 and clientId = ?2", tenantId, clientId).firstResult();
    }
}
