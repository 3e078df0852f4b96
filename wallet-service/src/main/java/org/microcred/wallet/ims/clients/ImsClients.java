package org.microcred.wallet.ims.clients;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.microcred.support.problem.ProblemException;

/**
 * Which tenant a registered platform belongs to, for the OB 3.0 and CLR 2.0 endpoints: Keycloak's clients are
 * realm-wide, so a token's {@code azp} (the platform's client_id) says nothing of the institution it registered
 * with. An endpoint refuses a token whose platform is another tenant's.
 */
@ApplicationScoped
public class ImsClients {

    private final RegisteredClientRepository clients;
    private final KeycloakAdmin keycloak;

    public ImsClients(RegisteredClientRepository clients, @RestClient KeycloakAdmin keycloak) {
        this.clients = clients;
        this.keycloak = keycloak;
    }

    /**
     * The earner's verified email (null when Keycloak has not verified one) and name, from their account: a
     * platform's token carries neither (its client has no {@code email} or {@code profile} scope, so the platform
     * does not learn them), while the upsert needs the email to tell whether a credential names this earner. 503
     * when Keycloak cannot be asked.
     */
    public Uni<KeycloakAdmin.User> accountOf(String userId) {
        return keycloak.user(userId).onFailure().transform(e -> new ProblemException(503, "keycloak-unavailable",
                "Accounts cannot be read", "The earner's account could not be read from Keycloak; try again"));
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
