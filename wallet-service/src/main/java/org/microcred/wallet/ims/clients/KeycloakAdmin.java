package org.microcred.wallet.ims.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The calls of Keycloak's admin API (the realm's admin URL, {@code quarkus.rest-client.wallet-registrar.url}) that
 * registered platforms need. Each carries a token of the client wallet-registrar (client credentials,
 * {@code quarkus.oidc-client.wallet-registrar.*}), whose service account may manage clients and users' consents and
 * nothing else of the realm. A refusal of Keycloak's arrives as a WebApplicationException with its status.
 */
@RegisterRestClient(configKey = "wallet-registrar")
@OidcClientFilter("wallet-registrar")
public interface KeycloakAdmin {

    /** Creates the client (201); its id and secret are ours (KeycloakClient), so the answer's Location is not read. */
    @POST
    @Path("/clients")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> createClient(KeycloakClient client);

    /** Deletes a client by Keycloak's internal id: its sessions, offline tokens and consents go with it. */
    @DELETE
    @Path("/clients/{id}")
    Uni<Void> deleteClient(@RestPath String id);

    /** What the user consented to, client by client. */
    @GET
    @Path("/users/{userId}/consents")
    Uni<List<Consent>> consents(@RestPath String userId);

    /**
     * Takes the user's consent to a client back (by its client_id): Keycloak also revokes the tokens and offline
     * sessions the client holds for that user.
     */
    @DELETE
    @Path("/users/{userId}/consents/{clientId}")
    Uni<Void> revokeConsent(@RestPath String userId, @RestPath String clientId);

    /** The user's account: their email and whether Keycloak verified it, and their name. */
    @GET
    @Path("/users/{userId}")
    Uni<User> user(@RestPath String userId);

    /** What we read of Keycloak's UserRepresentation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record User(String email, Boolean emailVerified, String firstName, String lastName) {
    }

    /** What we read of Keycloak's UserConsentRepresentation (dates in milliseconds since the epoch). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Consent(String clientId, List<String> grantedClientScopes, Long createdDate, Long lastUpdatedDate) {
    }
}
