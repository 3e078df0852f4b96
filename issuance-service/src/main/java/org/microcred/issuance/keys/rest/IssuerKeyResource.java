package org.microcred.issuance.keys.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.issuance.keys.IssuerKey;
import org.microcred.issuance.service.IssuerDirectory;
import org.microcred.issuance.keys.service.IssuerKeyService;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.security.Caller;
import org.microcred.issuance.rest.ReasonRequest;

/**
 * Issuer-admins run their institution's signing keys: list, rotate, mark compromised. Always the
 * caller's own tenant; another tenant's key answers 404.
 */
@Path("/api/v1/issuer-keys")
public class IssuerKeyResource {

    private final IssuerKeyService keys;
    private final IssuerDirectory issuers;
    private final Caller caller;
    private final AuditActors actors;

    public IssuerKeyResource(IssuerKeyService keys, IssuerDirectory issuers, Caller caller, AuditActors actors) {
        this.actors = actors;
        this.keys = keys;
        this.issuers = issuers;
        this.caller = caller;
    }

    /** Oldest first. */
    @GET
    @RolesAllowed("issuer-admin")
    public Uni<List<IssuerKeyView>> list() {
        return keys.list(caller.tenantId()).map(list -> list.stream().map(this::view).toList());
    }

    /** A new ACTIVE key; the previous one is RETIRED (what it signed keeps verifying). */
    @POST
    @Path("/rotate")
    @RolesAllowed("issuer-admin")
    public Uni<Response> rotate() {
        String tenantId = caller.tenantId();
        return keys.rotate(tenantId, actors.caller()).map(key -> Response
                .created(URI.create(issuers.issuerId(tenantId) + "/keys/" + key.keyId))
                .entity(view(key)).build());
    }

    /**
     * Marks a RETIRED key compromised: what it signed fails verification from now on. The ACTIVE
     * key answers 409: rotate first.
     */
    @POST
    @Path("/{keyId}/compromise")
    @RolesAllowed("issuer-admin")
    public Uni<KeyCompromiseView> compromise(
            @RestPath @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String keyId,
            @NotNull @Valid ReasonRequest request) {
        return keys.compromise(caller.tenantId(), keyId, request.reason(), actors.caller())
                .map(done -> new KeyCompromiseView(view(done.key()), done.credentialsInvalidated(),
                        done.statusListsResigned()));
    }

    private IssuerKeyView view(IssuerKey key) {
        return IssuerKeyView.of(key, issuers.verificationMethod(key.tenantId, key.keyId));
    }
}
