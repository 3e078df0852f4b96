package org.microcred.wallet.ims.clients;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which tenant a registered platform belongs to, for the OB 3.0 and CLR 2.0 endpoints: Keycloak's clients are
 * realm-wide, so a token's {@code azp} (the platform's client_id) says nothing of the institution it registered
 * with. An endpoint refuses a token whose platform is another tenant's.
 */
@ApplicationScoped
public class ImsClients {

    private final RegisteredClientRepository clients;

    public ImsClients(RegisteredClientRepository clients) {
        this.clients = clients;
    }

    /** The tenant the client registered with; null when it is no registered platform (unknown, or deleted). */
    public Uni<String> tenantOf(String clientId) {
        if (clientId == null) {
            return Uni.createFrom().nullItem();
        }
        return Panache.withSession(() -> clients.findById(clientId))
                .map(client -> client == null ? null : client.tenantId);
    }
}
