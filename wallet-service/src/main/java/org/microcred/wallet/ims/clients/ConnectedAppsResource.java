package org.microcred.wallet.ims.clients;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.security.Caller;
import org.microcred.wallet.ims.clients.ImsClientViews.ConnectedApp;

/** The earner's connected apps: the registered platforms they consented to, and taking that consent back. */
@Path("/api/v1/wallet/connected-apps")
public class ConnectedAppsResource {

    private final ConnectedApps apps;
    private final Caller caller;

    public ConnectedAppsResource(ConnectedApps apps, Caller caller) {
        this.apps = apps;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("earner")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the platforms the caller allowed to reach their wallet (OB 3.0 / CLR 2.0 API)")
    @APIResponse(responseCode = "200", description = "The connected apps, with the scopes granted")
    @APIResponse(responseCode = "503", description = "keycloak-unavailable")
    public Uni<List<ConnectedApp>> list() {
        return apps.list(caller.tenantId(), caller.userId());
    }

    @DELETE
    @Path("/{clientId}")
    @RolesAllowed("earner")
    @Operation(summary = "Revoke the caller's consent to a platform: its tokens and offline sessions end")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "not-found: no such platform of the caller's institution, or"
            + " no consent to it")
    @APIResponse(responseCode = "503", description = "keycloak-unavailable")
    public Uni<Void> revoke(@RestPath String clientId) {
        return apps.revoke(caller.tenantId(), caller.userId(), clientId);
    }
}
