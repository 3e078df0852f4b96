package org.microcred.issuance.oid4vci;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.microcred.support.audit.AuditActors;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * The institution sends an award to the OpenID4VCI wallet app of a learner who has no account (so no wallet here to
 * make the offer from): an issuer-admin, or the institution's LMS integration, makes the offer and passes it on, the
 * link by email or an LMS message, the {@code tx_code} (answered here once) by another channel. Another
 * institution's award, or a path naming another institution, answers 404.
 */
@Path("/api/v1/issuers/{tenant}/openid4vci-offers")
public class IssuerOfferResource {

    private final IssuerOffers offers;
    private final IssuerMetadata metadata;
    private final Caller caller;
    private final AuditActors actors;

    public IssuerOfferResource(IssuerOffers offers, IssuerMetadata metadata, Caller caller, AuditActors actors) {
        this.offers = offers;
        this.metadata = metadata;
        this.caller = caller;
        this.actors = actors;
    }

    @POST
    @RolesAllowed({"issuer-admin", "lms-integration"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An OpenID4VCI offer of an award of a learner without an account; tx_code always, shown once")
    @APIResponse(responseCode = "201", description = "The offer: URI, deep link, QR code (SVG), tx_code, expiry")
    @APIResponse(responseCode = "404", description = "No such award in this institution, or not the caller's")
    @APIResponse(responseCode = "409", description = "earner-has-account, credential-not-active, too-many-offers")
    public Uni<Response> create(@RestPath @Size(max = 64) @Pattern(regexp = MetadataResources.TENANT) String tenant,
            @NotNull @Valid IssuerOfferRequest request) {
        String tenantId = caller.tenantId();
        if (!tenantId.equals(tenant)) {
            throw ProblemException.notFound("Issuer", tenant);
        }
        return offers.create(tenantId, request.credentialId(), actors.caller())
                .map(created -> Response.status(201).header("Cache-Control", "no-store")
                        .entity(OfferView.of(metadata, created, CredentialConfigurations.ALL,
                                !Boolean.FALSE.equals(request.qrCode())))
                        .build());
    }
}
