package org.microcred.issuance.vcapi;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.persistence.UniqueViolation;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * The VC-API (VCALM) issuer of one institution, for its own systems: OAuth 2.0 client credentials through Keycloak,
 * a client whose service account has the role {@code vc-issuer} and whose token names the institution (claim
 * {@code tenant}). A token of another institution gets 404 for this one's endpoints, as for any other of its
 * objects: whether an institution exists is not disclosed to other tenants' clients. Each client has its own rate
 * limit ({@link VcApiClientLimit}) instead of the public per-address one.
 */
@Path("/api/v1/issuers/{tenant}/credentials")
@RolesAllowed(VcApiIssuerResource.ROLE)
public class VcApiIssuerResource {

    public static final String ROLE = "vc-issuer";

    private final VcApiIssuer issuer;
    private final VcApiStatus status;
    private final Caller caller;
    private final AuditActors actors;
    private final VcApiClientLimit clientLimit;

    public VcApiIssuerResource(VcApiIssuer issuer, VcApiStatus status, Caller caller, AuditActors actors,
            VcApiClientLimit clientLimit) {
        this.issuer = issuer;
        this.status = status;
        this.caller = caller;
        this.actors = actors;
        this.clientLimit = clientLimit;
    }

    @POST
    @Path("/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "VCALM issue: {credential, options} -> 201 {verifiableCredential} with an eddsa-rdfc-2022 proof")
    @APIResponse(responseCode = "201", description = "The credential, unchanged, with its proof")
    @APIResponse(responseCode = "400", description = "The credential breaks a VC Data Model or OB 3.0 rule (slug names it)")
    @APIResponse(responseCode = "404", description = "Not this token's institution")
    @APIResponse(responseCode = "409", description = "credential-id-taken")
    @APIResponse(responseCode = "413", description = "body-too-large")
    @APIResponse(responseCode = "429", description = "rate-limited: the client's own allowance is spent")
    public Uni<Response> issue(@RestPath @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String tenant,
            byte[] body) {
        String tenantId = ownTenant(tenant);
        IssueRequest request = IssueRequest.of(VcApiJson.object(body));
        String id = request.credential().path("id").asText(null);
        return issuer.issue(tenantId, request, actors.caller())
                .onFailure(UniqueViolation::is).transform(e -> VcApiIssuer.idTaken(id))
                .map(signed -> Response.status(201).type(MediaType.APPLICATION_JSON)
                        .entity("{\"verifiableCredential\":" + signed + "}").build());
    }

    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "VCALM status: {credentialId, credentialStatus: {type, statusPurpose}, status} -> 200")
    @APIResponse(responseCode = "200", description = "The credential's status now")
    @APIResponse(responseCode = "400", description = "no-status-entry (issued without that purpose), bad request")
    @APIResponse(responseCode = "404", description = "No credential of that id issued here, or not this token's"
            + " institution")
    @APIResponse(responseCode = "409", description = "credential-revoked, credential-suspended, credential-not-suspended,"
            + " revocation-final")
    @APIResponse(responseCode = "429", description = "rate-limited: the client's own allowance is spent")
    public Uni<Map<String, Object>> status(
            @RestPath @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._-]+$") String tenant, byte[] body) {
        String tenantId = ownTenant(tenant);
        StatusRequest request = StatusRequest.of(VcApiJson.object(body));
        return status.change(tenantId, request, actors.caller())
                .map(changed -> Map.of("credentialId", changed.credentialId, "status", changed.status.name()));
    }

    /**
     * The path's institution when it is the token's; 404 otherwise (403 for a token that names none). Charges the
     * client's own allowance first (429 {@code rate-limited}).
     */
    private String ownTenant(String tenant) {
        clientLimit.acquire(caller.userId());
        String own = caller.tenantId();
        if (!own.equals(tenant)) {
            throw ProblemException.notFound("Issuer", tenant);
        }
        return own;
    }
}
