package org.microcred.wallet.ims.clients;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.events.EventCodec;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;
import org.microcred.wallet.ims.clients.ImsClientViews.RegisteredPlatform;

/** The institution admin's view of the platforms registered for their institution, and their removal. */
@Path("/api/v1/wallet/ims-clients")
public class ImsClientsResource {

    private final RegisteredClientRepository clients;
    private final ClientRegistration registration;
    private final Caller caller;

    public ImsClientsResource(RegisteredClientRepository clients, ClientRegistration registration, Caller caller) {
        this.clients = clients;
        this.registration = registration;
        this.caller = caller;
    }

    @GET
    @RolesAllowed("issuer-admin")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the platforms registered for the caller's institution, newest first")
    @APIResponse(responseCode = "200", description = "Every registered platform (at most the per-tenant cap)")
    public Uni<List<RegisteredPlatform>> list() {
        String tenant = caller.tenantId();
        return Panache.withSession(() -> clients.listFor(tenant))
                .map(rows -> rows.stream().map(ImsClientsResource::view).toList());
    }

    @DELETE
    @Path("/{clientId}")
    @RolesAllowed("issuer-admin")
    @Operation(summary = "Delete a platform registered for the caller's institution: its client in Keycloak (every"
            + " token, session and consent with it) and its row")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "not-found: no such platform of the caller's institution")
    @APIResponse(responseCode = "503", description = "keycloak-unavailable")
    public Uni<Void> delete(@RestPath String clientId) {
        return registration.delete(caller.tenantId(), clientId)
                .onFailure(RegistrationUnavailable.class).transform(ConnectedApps::keycloakUnavailable)
                .invoke(deleted -> {
                    if (!deleted) {
                        throw ProblemException.notFound("Registered platform", clientId);
                    }
                })
                .replaceWithVoid();
    }

    private static RegisteredPlatform view(RegisteredClient row) {
        try {
            return new RegisteredPlatform(row.clientId, row.clientName, row.clientUri, row.logoUri,
                    EventCodec.mapper().readValue(row.metadata, ClientMetadata.class), row.registeredFrom,
                    row.createdAt);
        } catch (IOException e) {
            throw new UncheckedIOException("metadata written by ClientRegistration always reads", e);
        }
    }
}
