package org.microcred.assessment.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The two calls of Keycloak's admin API the directory makes ({@code quarkus.rest-client.keycloak-admin.url} is the
 * realm's admin URL). Each carries an access token of this service's own client, from the OIDC client
 * ({@code quarkus.oidc-client.*}, client credentials), which fetches it again before it expires.
 */
@RegisterRestClient(configKey = "keycloak-admin")
@OidcClientFilter
@Path("/users/{id}")
public interface KeycloakAdminClient {

    /** The user; a 404 when there is none. */
    @GET
    Uni<KeycloakUser> user(@RestPath String id);

    /** The user's effective realm roles, composite ones included. */
    @GET
    @Path("/role-mappings/realm/composite")
    Uni<List<KeycloakRole>> realmRoles(@RestPath String id);

    /** What the directory reads of Keycloak's UserRepresentation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeycloakUser(boolean enabled, Map<String, List<String>> attributes) {
    }

    /** What the directory reads of Keycloak's RoleRepresentation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record KeycloakRole(String name) {
    }
}
