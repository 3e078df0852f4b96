package org.microcred.issuance.exchange;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.microcred.support.capability.QrSvg;
import org.microcred.support.security.Caller;

/**
 * From their wallet, an earner sends one of their credentials to a wallet app that speaks VC-API exchanges (the
 * Learner Credential Wallet): this makes the exchange and its links. It lives in issuance, which holds the award and
 * signs the copy, under the wallet's API, routed here by its own Ingress path. Another earner's credential, or
 * another tenant's, answers 404; a revoked or suspended one 409.
 */
@Path("/api/v1/wallet/vcapi-exchanges")
public class ExchangeResource {

    private final Exchanges exchanges;
    private final ExchangeLinks links;
    private final Caller caller;

    public ExchangeResource(Exchanges exchanges, ExchangeLinks links, Caller caller) {
        this.exchanges = exchanges;
        this.links = links;
        this.caller = caller;
    }

    @POST
    @RolesAllowed("earner")
    public Uni<Response> create(@NotNull @Valid ExchangeOfferRequest request) {
        // QR codes are drawn only when wanted: they are the costliest part of making an exchange (issue 16's benchmark).
        boolean qrCodes = !Boolean.FALSE.equals(request.qrCode());
        return exchanges.create(caller.tenantId(), caller.userId(), request.credentialId()).map(created -> {
            String id = created.exchangeId();
            String interaction = links.interactionUrl(id);
            String dcc = links.dccRequest(created.tenantId(), id, created.challenge());
            return Response.status(201).header("Cache-Control", "no-store")
                    .entity(new ExchangeView(id, links.exchangeUrl(id), interaction, links.lcwRequest(id), dcc,
                            qrCodes ? QrSvg.of(interaction) : null, qrCodes ? QrSvg.of(dcc) : null,
                            created.expiresAt()))
                    .build();
        });
    }
}
