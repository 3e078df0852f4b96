package org.microcred.assessment.directory;

import io.quarkus.cache.CacheResult;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Users as Keycloak knows them: enabled, the {@code tenant} attribute, and whether their effective realm roles
 * include {@code assessor}. Answers are cached per user id (cache {@code assessor-directory}: lifetime and size in
 * {@code quarkus.cache.caffeine."assessor-directory".*}), so a role granted or taken away applies after at most
 * that lifetime. Failures are not cached.
 */
@ApplicationScoped
public class DirectoryUsers {

    static final String ASSESSOR_ROLE = "assessor";
    static final String TENANT_ATTRIBUTE = "tenant";

    private final KeycloakAdminClient keycloak;

    public DirectoryUsers(@RestClient KeycloakAdminClient keycloak) {
        this.keycloak = keycloak;
    }

    /** The user, {@link DirectoryUser#UNKNOWN} when Keycloak has none; fails when Keycloak cannot be asked. */
    @CacheResult(cacheName = "assessor-directory")
    public Uni<DirectoryUser> find(String userId) {
        return keycloak.user(userId)
                .chain(user -> keycloak.realmRoles(userId).map(roles -> new DirectoryUser(user.enabled(),
                        tenantOf(user), roles.stream().anyMatch(role -> ASSESSOR_ROLE.equals(role.name())))))
                .onFailure(DirectoryUsers::notFound).recoverWithItem(DirectoryUser.UNKNOWN);
    }

    private static boolean notFound(Throwable failure) {
        return failure instanceof WebApplicationException e && e.getResponse().getStatus() == 404;
    }

    private static String tenantOf(KeycloakAdminClient.KeycloakUser user) {
        List<String> tenant = user.attributes() == null ? null : user.attributes().get(TENANT_ATTRIBUTE);
        return tenant == null || tenant.isEmpty() ? null : tenant.get(0);
    }
}
