package org.microcred.wallet.ims.clients;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.microcred.support.problem.ProblemException;
import org.microcred.wallet.ims.clients.ImsClientViews.ConnectedApp;

/**
 * The platforms an earner let in: Keycloak's record of the earner's consents (it asks for consent on every
 * registered platform's first authorization), joined with the platforms registered for the earner's tenant, so an
 * earner sees only those and only their own consents. Revoking one is Keycloak's consent revocation, which also ends
 * the platform's tokens and offline sessions for that earner.
 */
@ApplicationScoped
public class ConnectedApps {

    private final KeycloakAdmin keycloak;
    private final RegisteredClientRepository clients;

    public ConnectedApps(@RestClient KeycloakAdmin keycloak, RegisteredClientRepository clients) {
        this.keycloak = keycloak;
        this.clients = clients;
    }

    public Uni<List<ConnectedApp>> list(String tenant, String userId) {
        return unavailable(keycloak.consents(userId))
                .chain(consents -> {
                    Map<String, KeycloakAdmin.Consent> byClient = consents.stream()
                            .collect(Collectors.toMap(KeycloakAdmin.Consent::clientId, Function.identity(),
                                    (a, b) -> a));
                    return Panache.withSession(() -> clients.listFor(tenant, List.copyOf(byClient.keySet())))
                            .map(rows -> rows.stream().map(row -> view(row, byClient.get(row.clientId))).toList());
                });
    }

    /** Revokes the earner's consent to one of their tenant's platforms; 404 for any other client or no consent. */
    public Uni<Void> revoke(String tenant, String userId, String clientId) {
        return Panache.withSession(() -> clients.findFor(tenant, clientId))
                .chain(row -> {
                    if (row == null) {
                        throw ProblemException.notFound("Connected app", clientId);
                    }
                    return keycloak.revokeConsent(userId, clientId)
                            .onFailure(KeycloakFailures::isNotFound)
                            .transform(e -> ProblemException.notFound("Connected app", clientId));
                })
                .onFailure(e -> !(e instanceof ProblemException)).transform(ConnectedApps::keycloakUnavailable);
    }

    private static ConnectedApp view(RegisteredClient row, KeycloakAdmin.Consent consent) {
        return new ConnectedApp(row.clientId, row.clientName, row.clientUri, row.logoUri,
                consent.grantedClientScopes() == null ? List.of() : consent.grantedClientScopes(),
                instant(consent.createdDate()), instant(consent.lastUpdatedDate()));
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    /** A user Keycloak does not know has consented to nothing; any other failure is Keycloak's: 503. */
    private static Uni<List<KeycloakAdmin.Consent>> unavailable(Uni<List<KeycloakAdmin.Consent>> consents) {
        return consents.onFailure(KeycloakFailures::isNotFound).recoverWithItem(List.of())
                .onFailure().transform(ConnectedApps::keycloakUnavailable);
    }

    static ProblemException keycloakUnavailable(Throwable cause) {
        return new ProblemException(503, "keycloak-unavailable", "Keycloak unavailable",
                "The identity provider could not be asked; try again later");
    }
}
