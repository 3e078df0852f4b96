package org.microcred.issuance.oid4vci;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.microcred.support.problem.ProblemException;
import org.microcred.support.security.Caller;

/**
 * From their wallet, an earner sends one of their credentials to an OpenID4VCI wallet app: this makes the offer. It
 * lives in issuance (which holds the award and signs the copy) under the wallet's API, routed here by its own Ingress
 * path. Another earner's credential, or another tenant's, answers 404; a revoked or suspended one 409.
 */
@Path("/api/v1/wallet/openid4vci-offers")
public class OfferResource {

    private final CredentialOffers offers;
    private final IssuerMetadata metadata;
    private final Caller caller;

    public OfferResource(CredentialOffers offers, IssuerMetadata metadata, Caller caller) {
        this.offers = offers;
        this.metadata = metadata;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("earner")
    public Uni<Response> create(@NotNull @Valid OfferRequest request) {
        List<String> configurations = request.credentialConfigurationIds() != null
                ? request.credentialConfigurationIds().stream().distinct().toList()
                : CredentialConfigurations.ALL;
        for (String configuration : configurations) {
            if (!CredentialConfigurations.isKnown(configuration)) {
                throw ProblemException.invalid("credentialConfigurationIds", "unknown configuration '"
                        + configuration + "'; known: " + CredentialConfigurations.ALL);
            }
        }
        return offers.create(caller.tenantId(), caller.userId(), request.credentialId(), configurations,
                        Boolean.TRUE.equals(request.txCode()))
                .map(created -> Response.status(201).header("Cache-Control", "no-store")
                        .entity(OfferView.of(metadata, created, configurations,
                                !Boolean.FALSE.equals(request.qrCode())))
                        .build());
    }
}
